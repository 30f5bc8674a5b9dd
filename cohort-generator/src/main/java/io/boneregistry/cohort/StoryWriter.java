package io.boneregistry.cohort;

import io.boneregistry.api.followup.Imaging;
import io.boneregistry.api.followup.ImagingFinding;
import io.boneregistry.api.followup.ImagingModality;
import io.boneregistry.api.othertreatment.OtherTreatment;
import io.boneregistry.api.othertreatment.OtherTreatmentKind;
import io.boneregistry.api.othertreatment.RecordOtherTreatment;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.BaselinePain;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.assessment.DiagnosisBasis;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.assessment.LesionPattern;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.PreviousTreatment;
import io.boneregistry.api.assessment.PrimarySite;
import io.boneregistry.api.assessment.PrimaryTumour;
import io.boneregistry.api.assessment.RecordAssessment;
import io.boneregistry.api.assessment.VertebralLevel;
import io.boneregistry.api.biopsy.BiopsyDecision;
import io.boneregistry.api.biopsy.BiopsyResult;
import io.boneregistry.api.biopsy.DecideBiopsy;
import io.boneregistry.api.biopsy.RecordBiopsy;
import io.boneregistry.api.checks.CompletePreProcedureChecks;
import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.closure.CloseCase;
import io.boneregistry.api.closure.Closure;
import io.boneregistry.api.closure.ClosureReason;
import io.boneregistry.api.complication.Complication;
import io.boneregistry.api.complication.ComplicationTiming;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.complication.RecordComplication;
import io.boneregistry.api.followup.FollowUp;
import io.boneregistry.api.followup.RecordFollowUp;
import io.boneregistry.api.followup.TumourVolumeChange;
import io.boneregistry.api.followup.VitalStatus;
import io.boneregistry.api.procedure.Anaesthesia;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.api.procedure.CryoCycle;
import io.boneregistry.api.procedure.CryoStep;
import io.boneregistry.api.procedure.ElectrodeType;
import io.boneregistry.api.procedure.EthanolStep;
import io.boneregistry.api.procedure.Guidance;
import io.boneregistry.api.procedure.LaserStep;
import io.boneregistry.api.procedure.LeakImaging;
import io.boneregistry.api.procedure.Leakage;
import io.boneregistry.api.procedure.LeakageSite;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProtectionMethod;
import io.boneregistry.api.procedure.RecordProcedure;
import io.boneregistry.api.procedure.RfIonizationStep;
import io.boneregistry.api.procedure.RfaStep;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.procedure.TechniqueStep;
import io.boneregistry.api.procedure.ThermalProtection;
import io.boneregistry.api.registration.RegisterCase;
import io.boneregistry.api.registration.Registration;
import io.boneregistry.api.registration.Sex;
import io.boneregistry.api.treatment.DecideTreatment;
import io.boneregistry.api.treatment.Goal;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.api.treatment.TreatmentDecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.boneregistry.api.complication.ComplicationType.*;

/**
 * Writes one case of a given type, from referral to its last follow-up or closure. Outcome
 * probabilities are set near the guideline's documented figures; a few entries deviate from the
 * guideline the way real records do. Nothing is dated after {@link #HORIZON}.
 */
final class StoryWriter {

    static final LocalDate FIRST_REFERRAL = LocalDate.of(2022, 7, 1);
    static final int REFERRAL_DAYS = 3 * 365;
    static final LocalDate HORIZON = LocalDate.of(2026, 6, 30);

    private final Random random;
    private final DemoCohort.Ids ids;
    private final String centreId;
    private final String operatorId;
    private final CaseType type;
    private final String caseId;
    private final List<Object> commands = new ArrayList<>();

    StoryWriter(Random random, DemoCohort.Ids ids, String centreId, String operatorId, CaseType type) {
        this.random = random;
        this.ids = ids;
        this.centreId = centreId;
        this.operatorId = operatorId;
        this.type = type;
        this.caseId = ids.of("case");
    }

    CaseStory write() {
        boolean curative = type.name().startsWith("OSTEO") || type.name().startsWith("CHONDRO") || type == CaseType.SMALL_METASTASIS_CURATIVE_CRYO;
        LocalDate referral = FIRST_REFERRAL.plusDays(random.nextInt(REFERRAL_DAYS));
        int birthYear = curative && type != CaseType.SMALL_METASTASIS_CURATIVE_CRYO ? 1990 + random.nextInt(20) : 1935 + random.nextInt(40);
        commands.add(new RegisterCase(caseId, new Registration(centreId, "PS-" + ids.of("patient").substring(0, 8).toUpperCase(),
                birthYear, random.nextBoolean() ? Sex.FEMALE : Sex.MALE, referral), null));

        LocalDate assessed = referral.plusDays(2 + random.nextInt(9));
        Assessment assessment = assessment(assessed, curative);
        commands.add(new RecordAssessment(caseId, assessment, null));

        LocalDate decided = assessed.plusDays(5 + random.nextInt(11));
        biopsy(assessment, assessed);
        List<Technique> techniques = techniques();
        commands.add(new DecideTreatment(caseId, new TreatmentDecision(decided, chance(0.95), curative ? Intent.CURATIVE : Intent.PALLIATIVE,
                curative ? List.of() : List.of(Goal.PAIN), techniques, assessment.lesion().fractureRisk() && techniques.contains(Technique.CEMENTOPLASTY),
                type == CaseType.RF_IONIZATION_SPINAL), null));

        LocalDate checked = decided.plusDays(3 + random.nextInt(8));
        commands.add(new CompletePreProcedureChecks(caseId, ids.of("checks"), checks(checked), null));
        LocalDate treated = checked.plusDays(1 + random.nextInt(5));
        String procedureId = ids.of("procedure-1");
        commands.add(new RecordProcedure(caseId, procedureId, procedure(treated, techniques, assessment.lesion()), null));
        complications(procedureId, treated, techniques);
        followUps(procedureId, treated, assessment, curative);
        return new CaseStory(caseId, centreId, type, List.copyOf(commands));
    }

    private Assessment assessment(LocalDate on, boolean curative) {
        Lesion lesion = lesion();
        Diagnosis diagnosis = switch (type) {
            case MYELOMA_VERTEBROPLASTY -> Diagnosis.MULTIPLE_MYELOMA;
            case OSTEOID_OSTEOMA_RFA, OSTEOID_OSTEOMA_LASER -> Diagnosis.OSTEOID_OSTEOMA;
            case OSTEOBLASTOMA_RFA -> Diagnosis.OSTEOBLASTOMA;
            case CHONDROBLASTOMA_RFA -> Diagnosis.CHONDROBLASTOMA;
            default -> Diagnosis.METASTASIS;
        };
        PrimaryTumour primary = diagnosis != Diagnosis.METASTASIS ? null : chance(0.06)
                ? new PrimaryTumour(PrimarySite.UNKNOWN, true, false, false)
                : new PrimaryTumour(pick(PrimarySite.BREAST, PrimarySite.LUNG, PrimarySite.KIDNEY, PrimarySite.PROSTATE, PrimarySite.THYROID), false, false, false);
        int vas = curative ? 5 + random.nextInt(4) : 5 + random.nextInt(5);
        double opioid = curative ? 0 : 10 * random.nextInt(10);
        boolean neuralgia = type == CaseType.RF_IONIZATION_SPINAL && chance(0.7);
        int localisations = curative ? 1 : 1 + random.nextInt(4);
        return new Assessment(on, diagnosis, type == CaseType.MYELOMA_VERTEBROPLASTY ? DiagnosisBasis.HISTOLOGY : DiagnosisBasis.IMAGING,
                primary, localisations, lesion, chance(0.95), curative ? "night pain relieved by NSAIDs" : "mechanical pain",
                curative ? List.of() : List.of(PreviousTreatment.RADIOTHERAPY), true, curative ? 600 : 6 + random.nextInt(30),
                diagnosis == Diagnosis.METASTASIS ? Boolean.FALSE : null, new BaselinePain(vas, opioid, neuralgia, neuralgia ? vas : null), null,
                curative ? null : Boolean.FALSE);
    }

    private Lesion lesion() {
        return switch (type) {
            case VERTEBRAL_METASTASIS_CEMENT, VERTEBRAL_METASTASIS_RFA_CEMENT, MYELOMA_VERTEBROPLASTY -> vertebra(false);
            case RF_IONIZATION_SPINAL -> vertebra(true);
            case ACETABULAR_METASTASIS_CEMENT -> lesion(LesionSite.PELVIS_ACETABULUM, 20 + random.nextInt(30), false, true);
            case ETHANOL_ILIAC_METASTASIS -> lesion(LesionSite.PELVIS_OTHER, 30 + random.nextInt(40), false, false);
            case RFA_RIB_METASTASIS -> lesion(pick(LesionSite.RIB, LesionSite.SCAPULA, LesionSite.STERNUM), 25 + random.nextInt(30), true, false);
            case CRYO_PELVIC_METASTASIS -> lesion(LesionSite.PELVIS_OTHER, 30 + random.nextInt(40), true, false);
            case OSTEOID_OSTEOMA_RFA, OSTEOID_OSTEOMA_LASER -> lesion(pick(LesionSite.FEMUR, LesionSite.TIBIA, LesionSite.HUMERUS), 5 + random.nextInt(10), false, false);
            case OSTEOBLASTOMA_RFA -> new Lesion(pick(LesionSite.FEMUR, LesionSite.TIBIA), null, 15 + random.nextInt(14), LesionPattern.MIXED,
                    false, false, false, false, false, false, chance(0.2), false, false, null);
            case CHONDROBLASTOMA_RFA -> lesion(pick(LesionSite.HUMERUS, LesionSite.FEMUR), 15 + random.nextInt(15), false, false);
            case SMALL_METASTASIS_CURATIVE_CRYO -> lesion(LesionSite.PELVIS_OTHER, 12 + random.nextInt(15), false, false);
        };
    }

    private Lesion vertebra(boolean intoCanal) {
        LesionSite site = chance(0.05) ? LesionSite.VERTEBRA_CERVICAL : chance(0.6) ? LesionSite.VERTEBRA_THORACIC : LesionSite.VERTEBRA_LUMBAR;
        VertebralLevel level = switch (site) {
            case VERTEBRA_CERVICAL -> VertebralLevel.valueOf("C" + (3 + random.nextInt(5)));
            case VERTEBRA_THORACIC -> VertebralLevel.valueOf("T" + (1 + random.nextInt(12)));
            default -> VertebralLevel.valueOf("L" + (1 + random.nextInt(5)));
        };
        return new Lesion(site, level, 15 + random.nextInt(30), LesionPattern.OSTEOLYTIC, false, intoCanal, intoCanal, intoCanal,
                false, true, false, false, false, !intoCanal);
    }

    private Lesion lesion(LesionSite site, int diameter, boolean softTissue, boolean fractureRisk) {
        return new Lesion(site, null, diameter, LesionPattern.OSTEOLYTIC, softTissue, false, false, false, false, fractureRisk, false,
                false, false, null);
    }

    private void biopsy(Assessment assessment, LocalDate assessed) {
        boolean indicated = switch (assessment.diagnosis()) {
            case OSTEOID_OSTEOMA, MULTIPLE_MYELOMA -> false;
            case METASTASIS -> assessment.primaryTumour().unknown();
            default -> true;
        };
        boolean biopsy = chance(0.92) == indicated;
        LocalDate decided = assessed.plusDays(1 + random.nextInt(3));
        commands.add(new DecideBiopsy(caseId, new BiopsyDecision(decided, biopsy, biopsy ? "histology needed" : "typical imaging"), null));
        if (biopsy) {
            commands.add(new RecordBiopsy(caseId, new BiopsyResult(decided.plusDays(1 + random.nextInt(4)), Guidance.CT,
                    assessment.diagnosis(), true), null));
        }
    }

    private List<Technique> techniques() {
        return switch (type) {
            case VERTEBRAL_METASTASIS_CEMENT, MYELOMA_VERTEBROPLASTY, ACETABULAR_METASTASIS_CEMENT -> List.of(Technique.CEMENTOPLASTY);
            case VERTEBRAL_METASTASIS_RFA_CEMENT -> List.of(Technique.RFA, Technique.CEMENTOPLASTY);
            case ETHANOL_ILIAC_METASTASIS -> List.of(Technique.ETHANOL);
            case RFA_RIB_METASTASIS, OSTEOID_OSTEOMA_RFA, OSTEOBLASTOMA_RFA, CHONDROBLASTOMA_RFA -> List.of(Technique.RFA);
            case CRYO_PELVIC_METASTASIS, SMALL_METASTASIS_CURATIVE_CRYO -> List.of(Technique.CRYO);
            case RF_IONIZATION_SPINAL -> List.of(Technique.RF_IONIZATION, Technique.CEMENTOPLASTY);
            case OSTEOID_OSTEOMA_LASER -> List.of(Technique.LASER);
        };
    }

    private PreProcedureChecks checks(LocalDate on) {
        boolean platelets = !chance(0.04);
        boolean consent = !chance(0.01);
        return new PreProcedureChecks(on, true, 12.5, 31.0, 1.0, platelets, platelets ? 240.0 : 60.0, true, 6.8, true, true,
                consent, true, consent ? on : null, consent ? Boolean.TRUE : null);
    }

    private Procedure procedure(LocalDate on, List<Technique> techniques, Lesion lesion) {
        List<TechniqueStep> steps = new ArrayList<>();
        ThermalProtection protection = null;
        Anaesthesia anaesthesia = Anaesthesia.GENERAL;
        List<Guidance> guidance = List.of(Guidance.CT);
        for (Technique technique : techniques) {
            switch (technique) {
                case CEMENTOPLASTY -> {
                    int levels = lesion.site().vertebral() && chance(0.15) ? 2 : 1;
                    for (int i = 0; i < levels; i++) steps.add(cement(lesion, techniques.size() > 1, i == 0 ? null : nextLevel(lesion.level())));
                    if (techniques.size() == 1) {
                        anaesthesia = Anaesthesia.CONSCIOUS_SEDATION;
                        guidance = List.of(Guidance.FLUOROSCOPY);
                    }
                }
                case ETHANOL -> {
                    anaesthesia = Anaesthesia.DEEP_SEDATION;
                    steps.add(new EthanolStep(chance(0.04) ? 28.0 : 5.0 + random.nextInt(16), 95.0, 22, !chance(0.06), 1 + random.nextInt(3), null, null));
                }
                case LASER -> steps.add(new LaserStep(1, 400, 2.0, 6.0 + random.nextInt(5), null, null, null));
                case RFA -> {
                    steps.add(new RfaStep(1, 1.0, 90, 6.0 + random.nextInt(5), ElectrodeType.STRAIGHT, true, null, null));
                    protection = chance(0.3) ? new ThermalProtection(chance(0.05) ? ProtectionMethod.HYDRODISSECTION_SALINE
                            : ProtectionMethod.HYDRODISSECTION_D5W, true, 38.0 + random.nextInt(6)) : null;
                }
                case CRYO -> {
                    List<CryoCycle> cycles = chance(0.05) ? List.of(new CryoCycle(10.0, 0.0))
                            : List.of(new CryoCycle(10.0, 8.0), new CryoCycle(10.0, 0.0));
                    steps.add(new CryoStep(2 + random.nextInt(5), 17, 2.0, cycles, 5.0 + random.nextInt(4), null, null));
                    protection = chance(0.2) ? new ThermalProtection(ProtectionMethod.CO2_DISSECTION, true, null) : null;
                }
                case RF_IONIZATION -> steps.add(new RfIonizationStep(16, 2 + random.nextInt(3), true, null, null));
            }
        }
        boolean rfa = steps.stream().anyMatch(step -> step.technique() == Technique.RFA);
        return new Procedure(on, operatorId, anaesthesia, guidance, steps, protection, 5.0 + random.nextInt(6), !chance(0.02),
                rfa ? Boolean.TRUE : null);
    }

    /** The vertebra below (above, at L5): the second level of a two-level vertebroplasty. */
    private static VertebralLevel nextLevel(VertebralLevel level) {
        VertebralLevel[] all = VertebralLevel.values();
        return level.ordinal() + 1 < all.length ? all[level.ordinal() + 1] : all[level.ordinal() - 1];
    }

    /** A cementoplasty step; {@code level} null is the index lesion, else another vertebra of the same session. */
    private CementoplastyStep cement(Lesion lesion, boolean afterAblation, VertebralLevel level) {
        boolean vertebral = lesion.site().vertebral();
        double leakRate = centreId.equals(DemoCohort.WORSE_CENTRE) ? 0.85 : 0.52;
        boolean leaked = vertebral ? chance(leakRate) : chance(0.1);
        int gauge = lesion.site() == LesionSite.VERTEBRA_CERVICAL ? 15 : chance(0.05) ? 13 : 10;
        return new CementoplastyStep(vertebral ? gauge : 11, 2.0 + random.nextInt(5), true, afterAblation && !chance(0.05),
                new Leakage(leaked, checkedBy(), leaked ? List.of(pick(LeakageSite.VENOUS, LeakageSite.DISC, LeakageSite.PARAVERTEBRAL)) : List.of(), false),
                level == null ? null : level.site(), level);
    }

    /** How the centre looks for leaks: the worse centre by CT after the procedure too (and finds more), the others on fluoroscopy. */
    private List<LeakImaging> checkedBy() {
        return centreId.equals(DemoCohort.WORSE_CENTRE) ? List.of(LeakImaging.FLUOROSCOPY, LeakImaging.CT_AFTER_PROCEDURE)
                : List.of(LeakImaging.FLUOROSCOPY);
    }

    private void complications(String procedureId, LocalDate treated, List<Technique> techniques) {
        List<ComplicationType> types = new ArrayList<>();
        if (techniques.contains(Technique.CEMENTOPLASTY)) {
            if (chance(0.005)) types.add(PULMONARY_EMBOLISM);
            if (chance(0.004)) types.add(INFECTION);
            if (chance(0.006)) types.add(FRACTURE);
            if (chance(0.14)) types.add(pick(ALLERGIC_REACTION, PUNCTURE_SITE_BLEEDING, ACUTE_PAIN_INCREASE, NEW_PAIN_ELSEWHERE));
        }
        if (techniques.contains(Technique.ETHANOL) && chance(0.17)) types.add(FEVER);
        if (techniques.contains(Technique.LASER) && chance(0.004)) types.add(NERVE_INJURY);
        if (techniques.contains(Technique.RFA) && chance(0.03)) types.add(POST_ABLATION_INFLAMMATION);
        if (techniques.contains(Technique.CRYO) && chance(0.024)) types.add(CRYOSHOCK);
        if (techniques.contains(Technique.RF_IONIZATION) && chance(0.01)) types.add(NERVE_INJURY);
        for (int i = 0; i < types.size(); i++) {
            ComplicationType complicationType = types.get(i);
            int grade = complicationType == PULMONARY_EMBOLISM || complicationType == CRYOSHOCK ? 3 : 1 + random.nextInt(2);
            commands.add(new RecordComplication(caseId, procedureId, ids.of("complication-" + i),
                    new Complication(treated.plusDays(random.nextInt(3)), complicationType, grade,
                            "seen on the ward: " + complicationType.name().toLowerCase().replace('_', ' '), null,
                            ComplicationTiming.WITHIN_30_DAYS, null), null));
        }
    }

    private void followUps(String procedureId, LocalDate treated, Assessment assessment, boolean curative) {
        BaselinePain baseline = assessment.baselinePain();
        boolean responder = chance(responseRate());
        double palliationWeeks = 8 + exponential(type == CaseType.ETHANOL_ILIAC_METASTASIS ? 16 : 70);
        Integer deathDay = curative ? null : (int) exponential(550);
        boolean cured = chance(assessment.lesion().aggressive() ? 0.5 : cureRate());
        int[] schedule = {28 + random.nextInt(15) - 7, 90 + random.nextInt(29) - 14, 180 + random.nextInt(43) - 21, 365 + random.nextInt(61) - 30};
        LocalDate last = treated;
        int n = 0;
        for (int day : schedule) {
            LocalDate on = treated.plusDays(day);
            if (on.isAfter(HORIZON) || n > 0 && chance(0.1)) break;
            if (deathDay != null && deathDay <= day) {
                LocalDate died = treated.plusDays(Math.max(deathDay, 1));
                if (!died.isAfter(HORIZON)) commands.add(new CloseCase(caseId, new Closure(died, ClosureReason.DIED), null));
                return;
            }
            boolean stillRelieved = responder && (n == 0 || day / 7.0 < palliationWeeks);
            int vas = curative ? (cured ? 0 : 3 + random.nextInt(4)) : stillRelieved
                    ? (int) Math.floor(baseline.vas() * 0.45 * random.nextDouble())
                    : (int) Math.ceil(baseline.vas() * (1.0 + 0.3 * random.nextDouble()));   // not relieved: no less pain than before
            Double opioid = baseline.opioidMmePerDay() == 0 ? 0.0 : stillRelieved
                    ? Math.floor(baseline.opioidMmePerDay() * 0.5) : baseline.opioidMmePerDay();
            Boolean neuralgia = baseline.neuralgia() ? !chance(0.88) : Boolean.FALSE;
            Boolean recurrence = curative ? (!cured && day > 60 && chance(0.6)) : null;
            TumourVolumeChange volume = type != CaseType.ETHANOL_ILIAC_METASTASIS ? null : day < 80 ? TumourVolumeChange.NOT_ASSESSED
                    : chance(0.26) ? TumourVolumeChange.REDUCED : chance(0.25) ? TumourVolumeChange.INCREASED : TumourVolumeChange.STABLE;
            commands.add(new RecordFollowUp(caseId, ids.of("follow-up-" + n), followUp(procedureId, on, Math.min(10, vas), opioid,
                    neuralgia, recurrence, volume, assessment, curative, n), null));
            if (n == 0) otherTreatment(assessment, on, curative);
            last = on;
            n++;
        }
        if (n == schedule.length && chance(0.7)) commands.add(new CloseCase(caseId, new Closure(last, ClosureReason.FOLLOW_UP_COMPLETE), null));
    }

    /**
     * A visit as a unit records it: the treated site's pain is what the story decided; a metastatic
     * patient's overall pain, from the third visit on, may be higher (other metastases). Imaging reads
     * the ablated lesion of a curative case after two months, and the cement at a vertebroplasty's
     * first visit. No random draw is added, so the cohort's other values stay as they were.
     */
    private FollowUp followUp(String procedureId, LocalDate on, int siteVas, Double opioid, Boolean neuralgia, Boolean recurrence,
                              TumourVolumeChange volume, Assessment assessment, boolean curative, int n) {
        boolean painElsewhere = !curative && n >= 2 && assessment.localisationCount() > 1;
        int overallVas = painElsewhere ? Math.max(siteVas, Math.min(10, assessment.baselinePain().vas() - 1)) : siteVas;
        int ladder = opioid == null || opioid == 0 ? (overallVas > 0 ? 1 : 0) : opioid <= 30 ? 2 : 3;
        int ecog = curative ? 0 : overallVas >= 7 ? 2 : 1;
        Imaging imaging = curative && recurrence != null && n >= 1
                ? new Imaging(ImagingModality.MRI, on, recurrence ? ImagingFinding.LOCAL_PROGRESSION : ImagingFinding.COMPLETE_ABLATION)
                : n == 0 && type.name().contains("VERTEBR") ? new Imaging(ImagingModality.RADIOGRAPHY, on, ImagingFinding.CEMENT_DISTRIBUTION) : null;
        Integer neuralgiaIntensity = Boolean.TRUE.equals(neuralgia) ? persistingNeuralgia(assessment.baselinePain().neuralgiaIntensity()) : null;
        return new FollowUp(procedureId, on, overallVas, opioid, neuralgia, neuralgiaIntensity, recurrence, volume, false, VitalStatus.ALIVE,
                siteVas, ladder, ecog, imaging);
    }

    /** A neuralgia that persists: as intense as before, in one case in four (chosen by its id) two points less. */
    private Integer persistingNeuralgia(Integer baseline) {
        if (baseline == null) return null;
        return (caseId.hashCode() & 3) == 0 ? Math.max(0, baseline - 2) : baseline;
    }

    /** One palliative metastatic case in eight, chosen by its id, has radiotherapy two weeks after the first visit. */
    private void otherTreatment(Assessment assessment, LocalDate firstVisit, boolean curative) {
        LocalDate started = firstVisit.plusDays(14);
        if (curative || assessment.diagnosis() != Diagnosis.METASTASIS || (caseId.hashCode() & 7) != 0 || started.isAfter(HORIZON)) return;
        commands.add(new RecordOtherTreatment(caseId, ids.of("other-treatment-1"), new OtherTreatment(OtherTreatmentKind.RADIOTHERAPY, started), null));
    }

    private double responseRate() {
        return switch (type) {
            case VERTEBRAL_METASTASIS_CEMENT, ACETABULAR_METASTASIS_CEMENT, MYELOMA_VERTEBROPLASTY ->
                    operatorId.equals(DemoCohort.WORSE_OPERATOR) ? 0.35 : 0.8;
            case VERTEBRAL_METASTASIS_RFA_CEMENT, RFA_RIB_METASTASIS -> 0.82;
            case ETHANOL_ILIAC_METASTASIS -> 0.74;
            case CRYO_PELVIC_METASTASIS -> 0.72;
            default -> 0.8;
        };
    }

    private double cureRate() {
        return switch (type) {
            case OSTEOID_OSTEOMA_LASER -> 0.95;
            case OSTEOID_OSTEOMA_RFA -> 0.9;
            case OSTEOBLASTOMA_RFA -> 0.85;
            default -> 0.9;
        };
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
