package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.analysis.OtherTreatmentRow;
import io.boneregistry.api.othertreatment.OtherTreatmentKind;
import io.boneregistry.api.analysis.ComplicationRow;
import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.closure.ClosureReason;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.followup.TumourVolumeChange;
import io.boneregistry.api.followup.VitalStatus;
import io.boneregistry.api.procedure.Anaesthesia;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.registration.Sex;
import io.boneregistry.api.treatment.Intent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Analysis rows built by hand, one clinical fact at a time, for cohorts whose answer is obvious. */
public final class Rows {

    public static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    private static final AtomicInteger IDS = new AtomicInteger();
    private LocalDate closedOn;

    private String caseId = "case-" + IDS.incrementAndGet();
    private String centreId = "IT-BO-01";
    private String operatorId = "OP-1";
    private LocalDate performedOn = DAY;
    private int number = 1;
    private int count = 1;
    private Diagnosis diagnosis = Diagnosis.METASTASIS;
    private Intent intent = Intent.PALLIATIVE;
    private LesionSite site = LesionSite.VERTEBRA_THORACIC;
    private boolean aggressive;
    private List<Technique> techniques = List.of(Technique.CEMENTOPLASTY);
    private Integer baselineVas = 8;
    private Double baselineMme = 0.0;
    private Boolean baselineNeuralgia = false;
    private Integer baselineNeuralgiaIntensity;
    private int birthYear = 1950;
    private String painOrigin;
    private int cementSteps = 1;
    private int leakingSteps;
    private final List<ComplicationRow> complications = new ArrayList<>();
    private final List<FollowUpRow> followUps = new ArrayList<>();
    private final List<OtherTreatmentRow> otherTreatments = new ArrayList<>();

    public static Rows cementoplasty() {
        return new Rows();
    }

    public static Rows procedure(Technique... techniques) {
        Rows rows = new Rows();
        rows.techniques = List.of(techniques);
        rows.cementSteps = List.of(techniques).contains(Technique.CEMENTOPLASTY) ? 1 : 0;
        return rows;
    }

    public Rows at(LesionSite site) {
        this.site = site;
        return this;
    }

    public Rows leaking() {
        this.leakingSteps = cementSteps;
        return this;
    }

    public Rows steps(int cement, int leaking) {
        this.cementSteps = cement;
        this.leakingSteps = leaking;
        return this;
    }

    public Rows baseline(Integer vas, Double mme) {
        this.baselineVas = vas;
        this.baselineMme = mme;
        return this;
    }

    public Rows baselineNeuralgia() {
        this.baselineNeuralgia = true;
        return this;
    }

    /** Neuralgia at baseline, of this intensity (0–10). */
    public Rows baselineNeuralgia(int intensity) {
        this.baselineNeuralgia = true;
        this.baselineNeuralgiaIntensity = intensity;
        return this;
    }

    /** A visit on {@code day} where the neuralgia persists at this intensity (null: not recorded). */
    public Rows followUpWithNeuralgia(int day, Integer intensity) {
        followUps.add(new FollowUpRow("f" + followUps.size(), performedOn.plusDays(day), day, 3, null, true, intensity, null, null, false,
                VitalStatus.ALIVE, null, null, null, null, null, null));
        return this;
    }

    /** A visit on {@code day} that found a fracture at the treated site. */
    public Rows fractureSeenAt(int day) {
        followUps.add(new FollowUpRow("f" + followUps.size(), performedOn.plusDays(day), day, 3, null, null, null, null, null, true,
                VitalStatus.ALIVE, null, null, null, null, null, null));
        return this;
    }

    public Rows curative(Diagnosis diagnosis) {
        this.intent = Intent.CURATIVE;
        this.diagnosis = diagnosis;
        return this;
    }

    public Rows aggressive() {
        this.aggressive = true;
        return this;
    }

    public Rows secondOf(int count) {
        this.number = 2;
        this.count = count;
        return this;
    }

    public Rows oneOf(int count) {
        this.count = count;
        return this;
    }

    public Rows by(String centreId, String operatorId) {
        this.centreId = centreId;
        this.operatorId = operatorId;
        return this;
    }

    public Rows on(LocalDate day) {
        this.performedOn = day;
        return this;
    }

    public Rows complication(ComplicationType type) {
        return complication(type, 2, null);
    }

    public Rows complication(ComplicationType type, int cirseGrade, String description) {
        return complicationOn(1, type, cirseGrade, description);
    }

    /** A complication that began {@code day} days after the procedure. */
    public Rows complicationOn(int day, ComplicationType type) {
        return complicationOn(day, type, 2, null);
    }

    private Rows complicationOn(int day, ComplicationType type, int cirseGrade, String description) {
        complications.add(new ComplicationRow("c" + complications.size(), performedOn.plusDays(day), day, type, cirseGrade, description,
                null, null, null, null));
        return this;
    }

    public Rows bornIn(int year) {
        this.birthYear = year;
        return this;
    }

    public Rows painOrigin(String text) {
        this.painOrigin = text;
        return this;
    }

    public Rows caseId(String id) {
        this.caseId = id;
        return this;
    }

    /** A visit where the treated site hurts {@code siteVas}, the patient overall {@code overallVas} (other metastases). */
    public Rows followUpWithPainElsewhere(int day, int overallVas, int siteVas) {
        followUps.add(new FollowUpRow("f" + followUps.size(), performedOn.plusDays(day), day, overallVas, null, null, null, null, null, false,
                VitalStatus.ALIVE, siteVas, null, null, null, null, null));
        return this;
    }

    /** Radiotherapy started {@code day} days after the procedure. */
    public Rows radiotherapyOn(int day) {
        otherTreatments.add(new OtherTreatmentRow(OtherTreatmentKind.RADIOTHERAPY, day));
        return this;
    }

    public Rows followUp(int day, int vas) {
        return followUp(day, vas, null, null, null, null);
    }

    public Rows followUp(int day, int vas, Double mme) {
        return followUp(day, vas, mme, null, null, null);
    }

    public Rows followUp(int day, int vas, Double mme, Boolean neuralgia, Boolean recurrence, TumourVolumeChange volume) {
        followUps.add(new FollowUpRow("f" + followUps.size(), performedOn.plusDays(day), day, vas, mme, neuralgia, null, recurrence,
                volume, false, VitalStatus.ALIVE, null, null, null, null, null, null));
        return this;
    }

    /** The case closed on {@code on}. */
    public Rows closedOn(LocalDate on) {
        closedOn = on;
        return this;
    }

    /** A follow-up on {@code day} that found the patient dead. */
    public Rows deadAt(int day) {
        followUps.add(new FollowUpRow("f" + followUps.size(), performedOn.plusDays(day), day, 0, null, null, null, null, null, false,
                VitalStatus.DEAD, null, null, null, null, null, null));
        return this;
    }

    public ProcedureRow row() {
        return new ProcedureRow(caseId, caseId + "-p" + number, centreId, operatorId, performedOn, number, count,
                performedOn.minusDays(30), performedOn.minusDays(20), birthYear, Sex.FEMALE, diagnosis, false, intent, site, 25, false, aggressive, techniques,
                techniques, Anaesthesia.GENERAL, true, baselineVas, baselineMme, baselineNeuralgia, baselineNeuralgiaIntensity, painOrigin, cementSteps, leakingSteps,
                cementSteps > 0 ? 4.0 : null, null, List.copyOf(complications), List.copyOf(followUps),
                closedOn == null ? null : ClosureReason.FOLLOW_UP_COMPLETE, closedOn, List.of(), List.copyOf(otherTreatments),
                site != null && site.vertebral() ? cementSteps : 0, site != null && site.vertebral() ? leakingSteps : 0, 0);
    }

    public static List<ProcedureRow> times(int copies, java.util.function.Supplier<Rows> row) {
        List<ProcedureRow> rows = new ArrayList<>();
        for (int i = 0; i < copies; i++) rows.add(row.get().row());
        return rows;
    }
}
