package io.boneregistry.outcomes.export;

import io.boneregistry.api.complication.ResolutionOutcome;
import io.boneregistry.api.followup.ImagingFinding;
import io.boneregistry.api.followup.ImagingModality;
import io.boneregistry.api.othertreatment.OtherTreatmentKind;
import io.boneregistry.api.analysis.ComplicationRow;
import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.closure.ClosureReason;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.followup.TumourVolumeChange;
import io.boneregistry.api.procedure.Anaesthesia;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.registration.Sex;
import io.boneregistry.api.treatment.Intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import static io.boneregistry.outcomes.export.ColumnType.*;

/**
 * Every column of the analysis export, in file order, with its definition: the one place a column
 * is named, defined and computed. Derived columns repeat docs/outcomes.md word for word, so an auditor
 * can recount every benchmark from the file and its dictionary alone.
 */
public final class AnalysisColumns {

    private static final EnumSet<TumourVolumeChange> VOLUME_REPORTED =
            EnumSet.of(TumourVolumeChange.REDUCED, TumourVolumeChange.STABLE, TumourVolumeChange.INCREASED);

    private static final List<Column<ExportedProcedure>> ALL = build();

    private AnalysisColumns() {
    }

    public static List<Column<ExportedProcedure>> all() {
        return ALL;
    }

    /** The columns an export writes: free-text columns only when its de-identification keeps free text. */
    public static List<Column<ExportedProcedure>> written(boolean freeText) {
        return ALL.stream().filter(column -> freeText || !column.freeText()).toList();
    }

    private static List<Column<ExportedProcedure>> build() {
        List<Column<ExportedProcedure>> columns = new ArrayList<>();
        columns.add(Column.of("study_id", STRING, null,
                "The case's random study id, made for this export only: every procedure of a case has the same one; it cannot be traced back to the registry.",
                ExportedProcedure::studyId));
        columns.add(Column.of("centre_id", STRING, null, "The treating centre's registry code.", e -> e.row().centreId()));
        columns.add(Column.of("operator_id", STRING, null, "The operator's code, as the centre recorded it.", e -> e.row().operatorId()));
        columns.add(Column.of("procedure_number", INTEGER, null,
                "Order of the procedure within its case by procedure day (on the same day, the first recorded first).",
                e -> e.row().procedureNumber()));
        columns.add(Column.of("index_procedure", BOOLEAN, null,
                "The case's index procedure: its earliest procedure by date, the first recorded on a tie (docs/outcomes.md#terms). Pain, success and recurrence benchmarks use index procedures; complication and leak benchmarks use every procedure.",
                e -> e.row().index()));
        columns.add(Column.of("procedures_in_case", INTEGER, null, "How many procedures the case has (all of them, whatever the export's filter).",
                e -> e.row().proceduresInCase()));
        columns.add(Column.of("referral_year", INTEGER, "year", "Calendar year of the referral, which is day 0 of the case.",
                e -> e.row().referralDate().getYear()));
        columns.add(Column.of("assessment_day", INTEGER, "days since referral", "Day of the assessment (work-up) as days since the referral; empty if none is recorded.",
                e -> e.row().assessedOn() == null ? null : Deidentification.daysSinceReferral(e.row().referralDate(), e.row().assessedOn())));
        columns.add(Column.of("procedure_day", INTEGER, "days since referral", "Procedure day (ProcedurePerformed date) as days since the referral.",
                e -> Deidentification.daysSinceReferral(e.row().referralDate(), e.row().performedOn())));
        columns.add(Column.of("procedure_year", INTEGER, "year", "Calendar year of the procedure day.", e -> e.row().performedOn().getYear()));
        columns.add(Column.of("age_at_referral", AGE, "years",
                "Referral year minus birth year; ages over 89 are given as 90+.",
                e -> Deidentification.ageAtReferral(e.row().birthYear(), e.row().referralDate())));
        columns.add(Column.code("sex", Sex.values(), "Sex as recorded at registration.", e -> e.row().sex()));
        columns.add(Column.code("diagnosis", Diagnosis.values(),
                "The case's diagnosis: the histology of a conclusive biopsy if one is recorded, else the assessment's working diagnosis (docs/outcomes.md#terms).",
                e -> e.row().diagnosis()));
        columns.add(Column.of("diagnosis_histological", BOOLEAN, null, "1 if the diagnosis is the histology of a conclusive biopsy.",
                e -> e.row().histologicalDiagnosis()));
        columns.add(Column.code("lesion_site", LesionSite.values(), "Site of the index lesion.", e -> e.row().lesionSite()));
        columns.add(Column.of("vertebral", BOOLEAN, null,
                "1 if the index lesion is a cervical, thoracic or lumbar vertebra (VERTEBRA_CERVICAL, _THORACIC, _LUMBAR; not the sacrum).",
                e -> e.row().lesionSite() == null ? null : e.row().vertebral()));
        columns.add(Column.of("max_diameter_mm", INTEGER, "mm", "Largest diameter of the index lesion at assessment.", e -> e.row().maxDiameterMm()));
        columns.add(Column.of("fracture_risk", BOOLEAN, null, "1 if the assessment recorded a risk of fracture, 0 if it recorded none; empty if not known.",
                e -> e.row().fractureRisk()));
        columns.add(Column.of("aggressive", BOOLEAN, null,
                "1 if the assessment recorded the lesion as aggressive, 0 as not aggressive, empty if not known (BM-RFA-OBA-RECUR counts "
                        + "aggressive osteoblastomas, BM-RFA-OB-RECUR those recorded as not aggressive).",
                e -> e.row().aggressive()));
        columns.add(Column.code("intent", Intent.values(), "Intent of the MDT treatment decision; empty if no decision is recorded.", e -> e.row().intent()));
        columns.add(Column.of("techniques", STRING, null,
                "The techniques of the procedure's steps, each once in the order of the allowed values, separated by ';' (values: " + names(Technique.values()) + ").",
                e -> e.row().techniques().stream().sorted().map(Enum::name).collect(Collectors.joining(";"))));
        for (Technique technique : Technique.values()) {
            columns.add(Column.of("technique_" + technique.name().toLowerCase(Locale.ROOT), BOOLEAN, null,
                    "1 if the procedure includes a " + technique.name() + " step: the technique population (docs/outcomes.md#terms); a combined procedure counts for each technique it includes.",
                    e -> e.row().uses(technique)));
        }
        columns.add(Column.of("single_technique", BOOLEAN, null,
                "1 if every step of the procedure is of one technique: what combined=false keeps.", e -> e.row().singleTechnique()));
        columns.add(Column.of("steps", INTEGER, null, "Number of technique steps in the procedure.", e -> e.row().stepTechniques().size()));
        columns.add(Column.of("levels_treated", INTEGER, null,
                "Number of distinct sites and vertebral levels the procedure's steps treated (a three-level vertebroplasty is 3); one row each in treated-levels.csv.",
                e -> e.row().levels().isEmpty() ? null : e.row().levels().stream().map(l -> l.site() + "/" + l.level()).distinct().count()));
        columns.add(Column.code("anaesthesia", Anaesthesia.values(), "Anaesthesia of the procedure.", e -> e.row().anaesthesia()));
        columns.add(Column.of("technical_success", BOOLEAN, null, "1 if the operator recorded the procedure as technically successful.",
                e -> e.row().technicalSuccess()));
        columns.add(Column.of("baseline_vas", INTEGER, "VAS 0-10", "Pain on the visual analogue scale at assessment (b in docs/outcomes.md#terms).",
                e -> e.row().baselineVas()));
        columns.add(Column.of("baseline_opioid_mme", NUMBER, "MME/day", "Opioid dose at assessment, in oral morphine milligram equivalents per day (m in docs/outcomes.md#terms).",
                e -> e.row().baselineOpioidMmePerDay()));
        columns.add(Column.of("baseline_neuralgia", BOOLEAN, null, "1 if the assessment recorded neuralgia.", e -> e.row().baselineNeuralgia()));
        columns.add(Column.of("baseline_neuralgia_intensity", INTEGER, "0-10", "The baseline neuralgia's intensity; empty if not recorded (BM-RFI-NEURALGIA).",
                e -> e.row().baselineNeuralgiaIntensity()));
        columns.add(Column.of("cement_steps", INTEGER, null, "Number of cementoplasty steps in the procedure, one per level treated.",
                e -> e.row().cementSteps()));
        columns.add(Column.of("cement_steps_leaking", INTEGER, null, "Cementoplasty steps with leakage observed, symptomatic or not.",
                e -> e.row().cementStepsLeaking()));
        columns.add(Column.of("vertebral_cement_steps", INTEGER, null,
                "Cervical, thoracic or lumbar vertebrae the procedure cemented, one per level (the step's own level, else the index lesion's; two steps at one level are one vertebra): BM-CEMENT-LEAK's members, clustered by study_id.",
                e -> e.row().vertebralCementSteps()));
        columns.add(Column.of("vertebral_cement_steps_leaking", INTEGER, null,
                "Those of them with leakage observed at any of their steps, symptomatic or not: BM-CEMENT-LEAK's hits.", e -> e.row().vertebralCementStepsLeaking()));
        columns.add(Column.of("vertebral_cement_steps_leak_unknown", INTEGER, null,
                "The others whose leak question was left unanswered at a step: BM-CEMENT-LEAK's not evaluable.",
                e -> e.row().vertebralCementStepsLeakUnknown()));
        columns.add(Column.of("cement_volume_ml", NUMBER, "ml", "Cement injected, summed over the cementoplasty steps; empty if any step's volume is unknown.",
                e -> e.row().cementVolumeMl()));
        columns.add(Column.of("ethanol_volume_ml", NUMBER, "ml", "Ethanol injected, summed over the ethanol steps; empty if any step's volume is unknown.",
                e -> e.row().ethanolVolumeMl()));
        columns.add(Column.of("complications", INTEGER, null, "Number of complications recorded against the procedure.", e -> e.row().complications().size()));
        columns.add(Column.of("max_cirse_grade", INTEGER, "CIRSE grade 1-6", "Highest CIRSE grade among the procedure's complications (6 is death); empty without complications.",
                e -> e.row().complications().stream().map(ComplicationRow::cirseGrade).max(Integer::compare).orElse(null)));
        for (ComplicationType type : ComplicationType.values()) {
            columns.add(Column.of("complication_" + type.name().toLowerCase(Locale.ROOT), BOOLEAN, null,
                    "1 if at least one " + type.name() + " complication recorded against the procedure began within {complicationWindowDays} days of it (the complication benchmarks' window).",
                    e -> e.complicatedWithinWindow(type)));
        }
        columns.add(Column.of("complications_after_window", STRING, null,
                "The types of the procedure's complications that began later than {complicationWindowDays} days after it, separated by ';' (no benchmark counts them).",
                ExportedProcedure::complicationsAfterWindow));
        columns.add(Column.of("treated_site_fracture", BOOLEAN, null,
                "1 if a follow-up within {complicationWindowDays} days recorded a fracture at the treated site (BM-CEMENT-FRACTURE counts it beside a FRACTURE complication).",
                ExportedProcedure::treatedSiteFractureWithinWindow));
        columns.add(Column.of("follow_ups", INTEGER, null, "Number of follow-ups that reference the procedure.", e -> e.row().followUps().size()));
        columns.add(Column.of("last_follow_up_day", INTEGER, "days since procedure", "Days from the procedure day to its last follow-up (followUp.date − procedure.date).",
                e -> day(e.lastFollowUp())));
        columns.add(Column.of("last_vas", INTEGER, "VAS 0-10",
                "VAS at the procedure's last follow-up: at the treated site when recorded, else overall (OO success needs 0).", e -> vas(e.lastFollowUp())));
        columns.add(Column.of("last_ecog", INTEGER, "ECOG 0-4", "ECOG performance status at the procedure's last follow-up; empty if not recorded.",
                e -> e.lastFollowUp() == null ? null : e.lastFollowUp().ecog()));
        columns.add(Column.of("last_analgesic_ladder_step", INTEGER, "WHO step 0-3",
                "WHO analgesic ladder step at the last follow-up (0 none, 1 non-opioid, 2 weak opioid, 3 strong opioid); empty if not recorded.",
                e -> e.lastFollowUp() == null ? null : e.lastFollowUp().analgesicLadderStep()));
        columns.add(Column.code("last_imaging_finding", ImagingFinding.values(),
                "Finding of the last follow-up with imaging (LOCAL_PROGRESSION is a local recurrence, COMPLETE_ABLATION excludes one); empty if none was imaged.",
                e -> lastImaged(e) == null ? null : lastImaged(e).imagingFinding()));
        columns.add(Column.code("last_imaging_modality", ImagingModality.values(), "Modality of that imaging.",
                e -> lastImaged(e) == null ? null : lastImaged(e).imagingModality()));
        columns.add(Column.of("local_recurrence", BOOLEAN, null,
                "1 if any follow-up of the procedure reports local recurrence (as recorded, else as its imaging found: local progression), 0 if it has follow-ups and none does, empty without follow-ups.",
                e -> e.row().followUps().isEmpty() ? null : firstRecurrence(e) != null));
        columns.add(Column.of("recurrence_day", INTEGER, "days since procedure", "Days to the first follow-up reporting local recurrence.",
                e -> day(firstRecurrence(e))));
        columns.add(new Column<>("last_tumour_volume", CODE, null, names(VOLUME_REPORTED),
                "Tumour volume at the last follow-up that reports one (REDUCED, STABLE or INCREASED; NOT_ASSESSED does not count): what BM-ETHANOL-SHRINK and -GROWTH read.",
                false, e -> lastReportedVolume(e)));
        columns.add(Column.of("assessment_follow_up_day", INTEGER, "days since procedure",
                "The assessment follow-up (pain): the follow-up of the procedure closest to day {painWindowTarget} within days {painWindowFrom}-{painWindowTo} inclusive; on a tie, the earlier. Empty if there is none.",
                e -> day(e.assessment())));
        columns.add(Column.of("assessment_vas", INTEGER, "VAS 0-10",
                "VAS at the assessment follow-up (v in docs/outcomes.md#terms): at the treated site when recorded, else overall.", e -> vas(e.assessment())));
        columns.add(new Column<>("assessment_pain_site", CODE, null, List.of("TREATED_SITE", "OVERALL"),
                "Which pain assessment_vas is: TREATED_SITE when the follow-up recorded the treated site's pain, else OVERALL. Empty without an assessment follow-up.",
                false, e -> e.assessment() == null ? null : e.assessment().painAtTreatedSite() ? "TREATED_SITE" : "OVERALL"));
        columns.add(Column.of("assessment_overall_vas", INTEGER, "VAS 0-10", "Overall pain (all sites) at the assessment follow-up.",
                e -> e.assessment() == null ? null : e.assessment().vas()));
        columns.add(Column.of("assessment_opioid_mme", NUMBER, "MME/day", "Opioid dose at the assessment follow-up (m' in docs/outcomes.md#terms); empty if not known.",
                e -> e.assessment() == null ? null : e.assessment().opioidMmePerDay()));
        columns.add(Column.of("assessment_neuralgia", BOOLEAN, null, "Neuralgia at the assessment follow-up; empty if not known (BM-RFI-NEURALGIA).",
                e -> e.assessment() == null ? null : e.assessment().neuralgia()));
        columns.add(Column.of("assessment_neuralgia_intensity", INTEGER, "0-10",
                "The neuralgia's intensity at the assessment follow-up, where it persists; empty if not recorded. BM-RFI-NEURALGIA counts a reduction: assessment_neuralgia 0, or this below baseline_neuralgia_intensity.",
                e -> e.assessment() == null ? null : e.assessment().neuralgiaIntensity()));
        columns.add(Column.of("pain_evaluable", BOOLEAN, null,
                "1 if pain response can be judged: a baseline with baseline_vas >= 1 or baseline_opioid_mme > 0, and an assessment follow-up. Index procedures with 0 here are the pain benchmarks' notEvaluable.",
                ExportedProcedure::painEvaluable));
        columns.add(Column.of("pain_responder", BOOLEAN, null,
                "Pain responder: (b >= 1 and (b - v) / b > t) or (m > 0 and m' known and (m - m') / m > t); strictly more, so exactly t is not a response. t is the procedure's technique's: {ethanolPainReductionThreshold} where it injected ethanol (0: any decrease), else {cryoPainReductionThreshold} where it froze, else {painReductionThreshold}. Empty when not evaluable.",
                ExportedProcedure::painResponder));
        columns.add(Column.of("palliation_weeks", NUMBER, "weeks",
                "For pain responders (as pain_responder): weeks (days / 7) from the procedure day to the first follow-up after the assessment follow-up that is no longer a response, else to the last follow-up (censored). BM-ETHANOL-DURATION is the Kaplan-Meier median of these over ethanol index procedures.",
                e -> e.palliation() == null ? null : e.palliation().time()));
        columns.add(Column.of("palliation_ended", BOOLEAN, null, "For pain responders: 1 if the response ended (an event), 0 if censored at the last follow-up.",
                e -> e.palliation() == null ? null : e.palliation().cause() == 1));
        columns.add(Column.of("death_day", INTEGER, "days since procedure", "Days from the procedure to a death seen at one of its follow-ups, or else at the case's closure; empty if none.",
                ExportedProcedure::deathDay));
        columns.add(Column.of("other_treatment_during_follow_up", BOOLEAN, null,
                "1 if another treatment (radiotherapy, systemic therapy, surgery or fixation, re-treatment) started on or after the procedure day and no later than its last follow-up: what otherTreatment=false leaves out. Empty without follow-ups.",
                e -> e.row().followUps().isEmpty() ? null : e.row().otherTreatmentDuringFollowUp()));
        columns.add(Column.of("other_treatments", STRING, null,
                "The case's other treatments as KIND@day (day since the procedure, negative before it), in start order, separated by ';' (kinds: " + names(OtherTreatmentKind.values()) + ").",
                e -> e.row().otherTreatments().stream().map(t -> t.kind().name() + "@" + t.day()).collect(Collectors.joining(";"))));
        columns.add(Column.of("complication_outcomes", STRING, null,
                "How each of the procedure's complications ended, in date order, separated by ';' (" + names(ResolutionOutcome.values()) + ", or UNKNOWN when not recorded).",
                e -> e.row().complications().stream().map(c -> c.resolution() == null ? "UNKNOWN" : c.resolution().name()).collect(Collectors.joining(";"))));
        columns.add(Column.code("closure_reason", ClosureReason.values(), "Why the case was closed; empty while it is open.", e -> e.row().closureReason()));
        columns.add(Column.of("closure_day", INTEGER, "days since referral", "Day the case was closed, as days since the referral.",
                e -> e.row().closedOn() == null ? null : Deidentification.daysSinceReferral(e.row().referralDate(), e.row().closedOn())));
        columns.add(Column.of("closure_year", INTEGER, "year", "Calendar year of the closure.", e -> e.row().closedOn() == null ? null : e.row().closedOn().getYear()));
        columns.add(Column.text("pain_origin", ProcedureRow.class, "painOrigin", "Free text: the origin of the pain as the assessment describes it. Exported only when a registry manager asks for free text.",
                e -> e.row().painOrigin()));
        columns.add(Column.text("complication_descriptions", ComplicationRow.class, "description", "Free text: the descriptions of the procedure's complications, in date order, separated by ' | '. Exported only when a registry manager asks for free text.",
                e -> e.row().complications().stream().map(ComplicationRow::description).filter(Objects::nonNull).collect(Collectors.joining(" | "))));
        return List.copyOf(columns);
    }

    private static FollowUpRow firstRecurrence(ExportedProcedure e) {
        return e.row().followUps().stream().filter(f -> Boolean.TRUE.equals(f.localRecurrence())).findFirst().orElse(null);
    }

    private static TumourVolumeChange lastReportedVolume(ExportedProcedure e) {
        List<FollowUpRow> reported = e.row().followUps().stream().filter(f -> VOLUME_REPORTED.contains(f.tumourVolume())).toList();
        return reported.isEmpty() ? null : reported.get(reported.size() - 1).tumourVolume();
    }

    private static Integer day(FollowUpRow followUp) {
        return followUp == null ? null : followUp.day();
    }

    /** The pain a response reads: the treated site's when recorded, else overall. */
    private static Integer vas(FollowUpRow followUp) {
        return followUp == null ? null : followUp.painVas();
    }

    private static FollowUpRow lastImaged(ExportedProcedure e) {
        List<FollowUpRow> imaged = e.row().followUps().stream().filter(f -> f.imagingFinding() != null).toList();
        return imaged.isEmpty() ? null : imaged.get(imaged.size() - 1);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static List<String> names(EnumSet<TumourVolumeChange> values) {
        return values.stream().map(Enum::name).toList();
    }
}
