package io.boneregistry.projections.analysis;

import io.boneregistry.api.complication.ResolutionOutcome;
import io.boneregistry.api.complication.ComplicationResolution;
import io.boneregistry.api.complication.ComplicationTiming;
import io.boneregistry.api.othertreatment.OtherTreatmentRecorded;
import io.boneregistry.api.othertreatment.OtherTreatmentKind;
import io.boneregistry.api.followup.ImagingFinding;
import io.boneregistry.api.procedure.Guidance;
import io.boneregistry.api.procedure.Anaesthesia;
import io.boneregistry.api.procedure.LeakageSite;
import io.boneregistry.api.procedure.LeakImaging;
import io.boneregistry.api.procedure.Leakage;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import io.boneregistry.api.analysis.OtherTreatmentRow;
import io.boneregistry.api.analysis.TreatedLevelRow;
import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.access.CaseScope;
import io.boneregistry.api.analysis.AnalysisDatasetPage;
import io.boneregistry.api.analysis.ComplicationRow;
import io.boneregistry.api.analysis.FindAnalysisDataset;
import io.boneregistry.api.analysis.FindAnalysisDatasetPage;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.AssessmentRecorded;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.biopsy.BiopsyPerformed;
import io.boneregistry.api.complication.ComplicationRecorded;
import io.boneregistry.api.erasure.PersonalDataErased;
import io.boneregistry.api.followup.FollowUpRecorded;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.api.treatment.TreatmentDecided;
import io.boneregistry.projections.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import io.boneregistry.api.enteredinerror.EnteredInError;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Set;

import static io.boneregistry.api.fixtures.ProcedureFixture.vertebroplasty;
import static io.boneregistry.api.fixtures.ProcedureFixture.procedure;
import static io.boneregistry.api.fixtures.ProcedureFixture.multiLevelVertebroplasty;
import static io.boneregistry.api.fixtures.CaseFixture.*;
import static io.boneregistry.api.fixtures.ProcedureFixture.on;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static io.boneregistry.api.fixtures.ProcedureFixture.vertebroplastyAlone;
import static org.assertj.core.api.Assertions.assertThat;

/** What the projection must do on any store; AnalysisDatasetProjectionTest runs it on H2 and on PostgreSQL. */
abstract class AnalysisDatasetProjectionContract {

    abstract ReadModelDatabase database();


    private static final String CASE = "case-1";

    private AnalysisDatasetProjection projection;
    private StatisticsTable statistics;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = database().fresh();
        projection = new AnalysisDatasetProjection(jdbc, ReadModelDatabase.json());
        statistics = new StatisticsTable(jdbc);
        projection.on(new CaseRegistered(CASE, registration()));
        projection.on(new AssessmentRecorded(CASE, painfulVertebralMetastasis()));
        projection.on(new TreatmentDecided(CASE, palliativeRfaWithCement()));
    }

    @Test
    void oneRowPerProcedureNumberedByDateWithTheFirstRecordedFirstOnATie() {
        projection.on(new ProcedurePerformed(CASE, "p-a", on(TREATED, vertebroplastyAlone(10))));
        projection.on(new ProcedurePerformed(CASE, "p-b", on(TREATED, vertebroplastyAlone(10))));
        projection.on(new ProcedurePerformed(CASE, "p-c", on(TREATED.minusDays(1), vertebroplastyAlone(10))));

        List<ProcedureRow> rows = rows();
        assertThat(rows).extracting(ProcedureRow::procedureId).containsExactly("p-c", "p-a", "p-b");
        assertThat(rows).extracting(ProcedureRow::procedureNumber).containsExactly(1, 2, 3);
        assertThat(rows).allSatisfy(row -> assertThat(row.proceduresInCase()).isEqualTo(3));
        assertThat(rows.get(0).index()).isTrue();
    }

    @Test
    void followUpsAndComplicationsBelongToTheirProcedureWithDaysCountedFromIt() {
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new ProcedurePerformed(CASE, "p-2", on(TREATED.plusDays(60), vertebroplastyAlone(10))));
        projection.on(new FollowUpRecorded(CASE, "f-2", followUp("p-1", TREATED.plusDays(90), 2)));
        projection.on(new FollowUpRecorded(CASE, "f-1", followUp("p-1", TREATED.plusDays(28), 3)));
        projection.on(new ComplicationRecorded(CASE, "p-2", "c-1", pulmonaryEmbolism(TREATED.plusDays(61))));

        ProcedureRow first = rows().get(0);
        assertThat(first.followUps()).extracting(f -> f.day()).containsExactly(28, 90);
        assertThat(first.complications()).isEmpty();
        assertThat(first.cementSteps()).isEqualTo(1);
        assertThat(first.cementStepsLeaking()).isEqualTo(1);
        ProcedureRow second = rows().get(1);
        assertThat(second.complications()).singleElement().satisfies(c -> assertThat(c.day()).isEqualTo(1));
        assertThat(second.followUps()).isEmpty();
    }

    @Test
    void aThreeLevelVertebroplastyIsThreeTreatedLevelsEachCountedForLeakage() {
        projection.on(new ProcedurePerformed(CASE, "p-1", multiLevelVertebroplasty(VertebralLevel.T11, VertebralLevel.T12, VertebralLevel.L1)));

        ProcedureRow row = rows().get(0);
        assertThat(row.levels()).extracting(TreatedLevelRow::level).containsExactly(VertebralLevel.T11, VertebralLevel.T12, VertebralLevel.L1);
        assertThat(row.levels()).extracting(TreatedLevelRow::site)
                .containsExactly(LesionSite.VERTEBRA_THORACIC, LesionSite.VERTEBRA_THORACIC, LesionSite.VERTEBRA_LUMBAR);
        assertThat(row.vertebralCementSteps()).isEqualTo(3);
        assertThat(row.vertebralCementStepsLeaking()).isEqualTo(1);
        assertThat(statistics.casesChangedAfter(-1).get(CASE)).singleElement()
                .satisfies(kept -> assertThat(kept.vertebralCementSteps()).isEqualTo(3));
    }

    @Test
    void aStepAtTheSacrumBesideAVertebraIsNotALeakMember() {
        CementoplastyStep sacroplasty = new CementoplastyStep(11, 6.0, true, false, new Leakage(true, List.of(LeakImaging.CT_AFTER_PROCEDURE), List.of(LeakageSite.OTHER), false),
                LesionSite.SACRUM, null);
        projection.on(new ProcedurePerformed(CASE, "p-1", procedure(Anaesthesia.LOCAL, List.of(Guidance.CT), null,
                vertebroplasty(10, false), sacroplasty)));

        ProcedureRow row = rows().get(0);
        assertThat(row.cementSteps()).isEqualTo(2);
        assertThat(row.vertebralCementSteps()).isEqualTo(1);
        assertThat(row.levels().get(0).level()).as("the index lesion's level").isEqualTo(VertebralLevel.T12);
        assertThat(row.levels().get(1).site()).isEqualTo(LesionSite.SACRUM);
    }

    @Test
    void imagingGivesTheRecurrenceAndOtherTreatmentsAreSeenFromEachProcedure() {
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new FollowUpRecorded(CASE, "f-1", imagedFollowUp("p-1", TREATED.plusDays(90), ImagingFinding.LOCAL_PROGRESSION, null)));
        projection.on(new OtherTreatmentRecorded(CASE, "rt-1", radiotherapy(TREATED.plusDays(45))));

        ProcedureRow row = rows().get(0);
        assertThat(row.followUps()).singleElement().satisfies(f -> {
            assertThat(f.localRecurrence()).isTrue();
            assertThat(f.imagingFinding()).isEqualTo(ImagingFinding.LOCAL_PROGRESSION);
            assertThat(f.ecog()).isEqualTo(1);
        });
        assertThat(row.otherTreatments()).containsExactly(new OtherTreatmentRow(OtherTreatmentKind.RADIOTHERAPY, 45));
        assertThat(row.otherTreatmentDuringFollowUp()).isTrue();
        assertThat(statistics.casesChangedAfter(-1).get(CASE)).singleElement()
                .satisfies(kept -> assertThat(kept.otherTreatments()).isEqualTo(row.otherTreatments()));
    }

    @Test
    void aComplicationsStepTimingAndEndReachTheDatasetButNotTheStatisticsTables() {
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new ComplicationRecorded(CASE, "p-1", "c-1", cementEmbolus(TREATED, 2, ComplicationTiming.INTRA_PROCEDURAL,
                new ComplicationResolution(ResolutionOutcome.RESOLVED_WITH_SEQUELAE, TREATED.plusDays(20)))));

        assertThat(rows().get(0).complications()).singleElement().satisfies(c -> {
            assertThat(c.followsStep()).isEqualTo(2);
            assertThat(c.timing()).isEqualTo(ComplicationTiming.INTRA_PROCEDURAL);
            assertThat(c.resolution()).isEqualTo(ResolutionOutcome.RESOLVED_WITH_SEQUELAE);
            assertThat(c.resolvedDay()).isEqualTo(20);
        });
    }

    @Test
    void anAmendmentReachesEveryRowOfTheCase() {
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new ProcedurePerformed(CASE, "p-2", on(TREATED.plusDays(60), vertebroplastyAlone(10))));
        projection.on(new AssessmentAmended(CASE, osteoidOsteomaOfFemur(), "wrong lesion"));

        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.baselineVas()).isEqualTo(7);
            assertThat(row.vertebral()).isFalse();
        });
    }

    @Test
    void aConclusiveBiopsyGivesTheDiagnosis() {
        projection.on(new BiopsyPerformed(CASE, conclusiveBiopsy(Diagnosis.LYMPHOMA)));
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));

        assertThat(rows().get(0).diagnosis()).isEqualTo(Diagnosis.LYMPHOMA);
        assertThat(rows().get(0).histologicalDiagnosis()).isTrue();
    }

    @Test
    void pagesWalkThroughEveryCaseOnceInCaseIdOrder() {
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        for (String id : List.of("case-4", "case-2", "case-3")) {
            projection.on(new CaseRegistered(id, registrationAt("IT-MI-02", "P-" + id)));
            if (!id.equals("case-3")) projection.on(new ProcedurePerformed(id, id + "-p", vertebroplastyAlone(10)));
        }

        AnalysisDatasetPage first = projection.handle(new FindAnalysisDatasetPage(null, null, 2));
        AnalysisDatasetPage second = projection.handle(new FindAnalysisDatasetPage(null, first.lastCaseId(), 2));
        AnalysisDatasetPage third = projection.handle(new FindAnalysisDatasetPage(null, second.lastCaseId(), 2));

        assertThat(first.rows()).extracting(ProcedureRow::caseId).containsExactly("case-1", "case-2");
        assertThat(second.rows()).extracting(ProcedureRow::caseId).as("case-3 has no procedure").containsExactly("case-4");
        assertThat(second.lastCaseId()).isEqualTo("case-4");
        assertThat(third.rows()).isEmpty();
        assertThat(third.last()).isTrue();
        AnalysisDatasetPage centre = projection.handle(new FindAnalysisDatasetPage("IT-MI-02", null, 10));
        assertThat(centre.rows()).extracting(ProcedureRow::caseId).containsExactly("case-2", "case-4");
        assertThat(centre.last()).isTrue();
    }

    @Test
    void theDatasetCanBeAskedForOneCentre() {
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new CaseRegistered("case-2", registrationAt("IT-MI-02", "P-2")));
        projection.on(new ProcedurePerformed("case-2", "p-9", rfaWithVertebroplasty()));

        assertThat(projection.handle(new FindAnalysisDataset("IT-MI-02", CaseScope.everyCentre())).rows()).extracting(ProcedureRow::procedureId).containsExactly("p-9");
        assertThat(projection.handle(new FindAnalysisDataset(null, CaseScope.everyCentre())).rows()).hasSize(2);
        assertThat(projection.handle(new FindAnalysisDataset(null, CaseScope.of(Set.of("IT-MI-02")))).rows())
                .extracting(ProcedureRow::procedureId).containsExactly("p-9");
    }

    @Test
    void resetEmptiesTheDataset() {
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.reset();
        assertThat(rows()).isEmpty();
    }

    @Test
    void erasureBlanksThePatientsPersonalFieldsAndKeepsTheClinicalFacts() {
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new ComplicationRecorded(CASE, "p-1", "c-1", pulmonaryEmbolism(TREATED.plusDays(1))));
        ProcedureRow before = rows().get(0);
        assertThat(before.birthYear()).isNotNull();
        assertThat(before.complications().get(0).description()).isNotNull();

        projection.on(new PersonalDataErased(CASE, "the patient withdrew consent"));

        ProcedureRow after = rows().get(0);
        assertThat(after.birthYear()).isNull();
        assertThat(after.painOrigin()).isNull();
        assertThat(after.complications().get(0).description()).isNull();
        assertThat(after.complications().get(0).type()).isEqualTo(before.complications().get(0).type());
        assertThat(after.techniques()).isEqualTo(before.techniques());
        assertThat(after.diagnosis()).isEqualTo(before.diagnosis());
    }

    @Test
    void aProcedureEnteredInErrorLeavesTheRowsAndACaseEnteredInErrorGivesNone() {
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new ProcedurePerformed(CASE, "p-2", on(TREATED.plusDays(1), vertebroplastyAlone(10))));
        projection.on(new EnteredInError(CASE, EntryRef.of(EntryKind.PROCEDURE, "p-2"), "saved twice"));

        assertThat(rows()).extracting(ProcedureRow::procedureId).containsExactly("p-1");
        assertThat(rows().get(0).proceduresInCase()).as("a second procedure in error is no second procedure").isEqualTo(1);

        projection.on(new EnteredInError(CASE, EntryRef.single(EntryKind.REGISTRATION), "the wrong patient"));
        assertThat(rows()).isEmpty();
        assertThat(statistics.casesChangedAfter(-1)).as("readers holding the rows are told to drop them").containsEntry(CASE, List.of());
    }

    @Test
    void theStatisticsTablesHoldEveryRowWithoutFreeTextOrPersonalFields() {
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new ProcedurePerformed(CASE, "p-2", on(TREATED.plusDays(60), vertebroplastyAlone(10))));
        projection.on(new FollowUpRecorded(CASE, "f-2", followUp("p-1", TREATED.plusDays(90), 2)));
        projection.on(new FollowUpRecorded(CASE, "f-1", followUp("p-1", TREATED.plusDays(28), 3)));
        projection.on(new FollowUpRecorded(CASE, "f-3", followUp("p-1", TREATED.plusDays(28), 1)));
        projection.on(new ComplicationRecorded(CASE, "p-2", "c-1", pulmonaryEmbolism(TREATED.plusDays(61))));
        projection.on(new ComplicationRecorded(CASE, "p-1", "c-2", pulmonaryEmbolism(TREATED)));

        assertThat(statistics.casesChangedAfter(-1)).containsOnlyKeys(CASE);
        assertThat(statistics.casesChangedAfter(-1).get(CASE)).isEqualTo(rows().stream().map(ForStatistics::of).toList());
    }

    @Test
    void aStatisticsReaderIsToldOfARebuildAndFindsTheSameRowsAfterIt() {
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new FollowUpRecorded(CASE, "f-1", followUp("p-1", TREATED.plusDays(28), 3)));
        List<ProcedureRow> before = statistics.casesChangedAfter(-1).get(CASE);
        long generation = statistics.generation();

        projection.reset();
        assertThat(statistics.casesChangedAfter(-1)).isEmpty();
        assertThat(statistics.generation()).isGreaterThan(generation);
        projection.on(new CaseRegistered(CASE, registration()));
        projection.on(new AssessmentRecorded(CASE, painfulVertebralMetastasis()));
        projection.on(new TreatmentDecided(CASE, palliativeRfaWithCement()));
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new FollowUpRecorded(CASE, "f-1", followUp("p-1", TREATED.plusDays(28), 3)));

        assertThat(statistics.casesChangedAfter(-1).get(CASE)).isEqualTo(before);
    }

    @Test
    void aBatchWritesEachCaseOnceAndAnErasureInItHoldsForTheEventsAfterIt() {
        List<Object> batch = List.of(
                new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()),
                new ComplicationRecorded(CASE, "p-1", "c-1", pulmonaryEmbolism(TREATED.plusDays(1))),
                new PersonalDataErased(CASE, "the patient withdrew consent"),
                new FollowUpRecorded(CASE, "f-1", followUp("p-1", TREATED.plusDays(28), 3)));
        new BatchingUnitOfWork<>(batch.stream().map(GenericEventMessage::asEventMessage).toList())
                .execute(() -> handle(CurrentUnitOfWork.get().getMessage().getPayload()));

        ProcedureRow row = rows().get(0);
        assertThat(row.followUps()).hasSize(1);
        assertThat(row.complications()).singleElement().satisfies(c -> assertThat(c.description()).isNull());
        assertThat(row.birthYear()).isNull();
        assertThat(statistics.casesChangedAfter(-1).get(CASE)).singleElement().satisfies(r -> assertThat(r.followUps()).hasSize(1));
    }

    private void handle(Object event) {
        if (event instanceof ProcedurePerformed e) projection.on(e);
        else if (event instanceof ComplicationRecorded e) projection.on(e);
        else if (event instanceof PersonalDataErased e) projection.on(e);
        else if (event instanceof FollowUpRecorded e) projection.on(e);
        else if (event instanceof OtherTreatmentRecorded e) projection.on(e);
        else throw new IllegalArgumentException(event.toString());
    }

    /** A dataset row as the statistics tables keep it. */
    private static final class ForStatistics {
        static ProcedureRow of(ProcedureRow r) {
            return new ProcedureRow(r.caseId(), r.procedureId(), r.centreId(), r.operatorId(), r.performedOn(), r.procedureNumber(),
                    r.proceduresInCase(), r.referralDate(), r.assessedOn(), null, null, r.diagnosis(), r.histologicalDiagnosis(),
                    r.intent(), r.lesionSite(), r.maxDiameterMm(), r.fractureRisk(), r.aggressive(), r.techniques(), r.stepTechniques(),
                    r.anaesthesia(), r.technicalSuccess(), r.baselineVas(), r.baselineOpioidMmePerDay(), r.baselineNeuralgia(),
                    r.baselineNeuralgiaIntensity(), null, r.cementSteps(), r.cementStepsLeaking(), r.cementVolumeMl(), r.ethanolVolumeMl(),
                    r.complications().stream().map(c -> new ComplicationRow(c.complicationId(), c.onset(), c.day(), c.type(),
                            c.cirseGrade())).toList(),
                    r.followUps().stream().map(f -> new FollowUpRow(f.followUpId(), f.assessedOn(), f.day(), f.vas(), f.opioidMmePerDay(),
                            f.neuralgia(), f.neuralgiaIntensity(), f.localRecurrence(), f.tumourVolume(), f.fractureAtTreatedSite(), f.vitalStatus(),
                            f.treatedSiteVas(), null, null, null, null, null)).toList(),
                    r.closureReason(), r.closedOn(), List.of(), r.otherTreatments(), r.vertebralCementSteps(), r.vertebralCementStepsLeaking(),
                    r.vertebralCementStepsLeakUnknown());
        }
    }

    private List<ProcedureRow> rows() {
        return projection.handle(new FindAnalysisDataset(null, CaseScope.everyCentre())).rows();
    }
}
