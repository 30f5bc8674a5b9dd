package io.boneregistry.projections.cases;

import io.boneregistry.api.assessment.AssessmentRecorded;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.biopsy.BiopsyPerformed;
import io.boneregistry.api.access.CaseScope;
import io.boneregistry.api.cases.CaseAdviceView;
import io.boneregistry.api.cases.CasePage;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.cases.FindCase;
import io.boneregistry.api.cases.FindCaseAdvice;
import io.boneregistry.api.cases.ListCases;
import io.boneregistry.api.closure.CaseClosed;
import io.boneregistry.api.enteredinerror.EnteredInError;
import io.boneregistry.api.erasure.PersonalDataErased;
import io.boneregistry.api.followup.FollowUpAmended;
import io.boneregistry.api.followup.FollowUpRecorded;
import io.boneregistry.api.guideline.CaseAdvice;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.api.treatment.TreatmentDecided;
import io.boneregistry.projections.support.ReadModelDatabase;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.boneregistry.api.fixtures.CaseFixture.*;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static io.boneregistry.api.fixtures.ProcedureFixture.vertebroplastyAlone;
import static org.assertj.core.api.Assertions.assertThat;

/** What the projection must do on any store; CaseSummaryProjectionTest runs it on H2 and on PostgreSQL. */
abstract class CaseSummaryProjectionContract {

    abstract ReadModelDatabase database();


    private static final String CASE = "case-1";
    private static final CaseScope EVERY_CENTRE = CaseScope.everyCentre();

    private CaseSummaryProjection projection;

    @BeforeEach
    void setUp() {
        projection = new CaseSummaryProjection(new CaseFileRepository(database().fresh(), ReadModelDatabase.json()));
    }

    @Test
    void registeredCaseIsFoundAtItsCentre() {
        projection.on(new CaseRegistered(CASE, registration()));

        CaseSummary summary = summary();
        assertThat(summary.centreId()).isEqualTo("IT-BO-01");
        assertThat(summary.stage()).isEqualTo(CaseStage.REGISTERED);
        assertThat(summary.latestPain()).isNull();
    }

    @Test
    void summaryFollowsTheCaseThroughThePathway() {
        projection.on(new CaseRegistered(CASE, registration()));
        projection.on(new AssessmentRecorded(CASE, painfulVertebralMetastasis()));
        assertThat(summary().stage()).isEqualTo(CaseStage.ASSESSED);
        assertThat(summary().latestPain().vas()).isEqualTo(8);

        projection.on(new TreatmentDecided(CASE, palliativeRfaWithCement()));
        assertThat(summary().stage()).isEqualTo(CaseStage.TREATMENT_DECIDED);
        assertThat(summary().intent()).isEqualTo(Intent.PALLIATIVE);

        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new FollowUpRecorded(CASE, "f-1", followUp("p-1", TREATED.plusDays(28), 3)));
        CaseSummary treated = summary();
        assertThat(treated.stage()).isEqualTo(CaseStage.TREATED);
        assertThat(treated.techniques()).containsExactlyInAnyOrder(Technique.RFA, Technique.CEMENTOPLASTY);
        assertThat(treated.procedures()).singleElement().satisfies(p -> assertThat(p.operatorId()).isEqualTo("OP-17"));
        assertThat(treated.latestPain().vas()).isEqualTo(3);
        assertThat(treated.latestPain().assessedOn()).isEqualTo(TREATED.plusDays(28));
    }

    @Test
    void amendmentsReplaceTheEntryTheyAmend() {
        projection.on(new CaseRegistered(CASE, registration()));
        projection.on(new AssessmentRecorded(CASE, painfulVertebralMetastasis()));
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new ProcedureAmended(CASE, "p-1", vertebroplastyAlone(10), "no RFA in the end"));
        projection.on(new FollowUpRecorded(CASE, "f-1", followUp("p-1", TREATED.plusDays(28), 3)));
        projection.on(new FollowUpAmended(CASE, "f-1", followUp("p-1", TREATED.plusDays(28), 1), "VAS misheard"));

        assertThat(summary().procedures()).hasSize(1);
        assertThat(summary().techniques()).containsExactly(Technique.CEMENTOPLASTY);
        assertThat(summary().latestPain().vas()).isEqualTo(1);
    }

    @Test
    void conclusiveHistologyIsTheDiagnosis() {
        projection.on(new CaseRegistered(CASE, registration()));
        projection.on(new AssessmentRecorded(CASE, metastasisWithOccultPrimary()));
        projection.on(new BiopsyPerformed(CASE, conclusiveBiopsy(Diagnosis.MULTIPLE_MYELOMA)));

        assertThat(summary().diagnosis()).isEqualTo(Diagnosis.MULTIPLE_MYELOMA);
    }

    @Test
    void deviationsAreTheRulesCurrentlyDeviatedFrom() {
        projection.on(new CaseRegistered(CASE, registration()));
        EntryRef assessment = EntryRef.single(EntryKind.ASSESSMENT);
        projection.on(evaluated(assessment, GuidelineRule.WORKUP_IMAGING.deviated("no 3D imaging"), "scanner broken"));
        assertThat(summary().deviations()).containsExactly("R-WORKUP-IMAGING");

        projection.on(evaluated(assessment, GuidelineRule.WORKUP_IMAGING.met("3D imaging done"), null));
        assertThat(summary().deviations()).isEmpty();
    }

    @Test
    void adviceListsEachEvaluationWithItsEntryAndJustification() {
        projection.on(new CaseRegistered(CASE, registration()));
        projection.on(evaluated(EntryRef.of(EntryKind.PROCEDURE, "p-1"),
                GuidelineRule.ETHANOL_CONTRAST.deviated("no contrast test injection before ethanol"), "allergy to contrast"));

        CaseAdviceView advice = projection.handle(new FindCaseAdvice(CASE, EVERY_CENTRE)).orElseThrow();
        assertThat(advice.evaluations()).singleElement().satisfies(view -> {
            assertThat(view.ruleId()).isEqualTo("R-ETHANOL-CONTRAST");
            assertThat(view.entryKind()).isEqualTo(EntryKind.PROCEDURE);
            assertThat(view.entryId()).isEqualTo("p-1");
            assertThat(view.justification()).isEqualTo("allergy to contrast");
        });
    }

    @Test
    void closedCaseIsClosed() {
        projection.on(new CaseRegistered(CASE, registration()));
        projection.on(new CaseClosed(CASE, closedAsComplete(TREATED)));

        assertThat(summary().closed()).isTrue();
        assertThat(summary().stage()).isEqualTo(CaseStage.CLOSED);
    }

    @Test
    void caseListFiltersByCentreAndStageAndPages() {
        for (int i = 0; i < 5; i++) {
            projection.on(new CaseRegistered("bo-" + i, registrationAt("IT-BO-01", "P-BO-" + i)));
        }
        projection.on(new CaseRegistered("mi-1", registrationAt("IT-MI-02", "P-MI-1")));
        projection.on(new AssessmentRecorded("mi-1", osteoidOsteomaOfFemur()));

        CasePage bologna = projection.handle(new ListCases("IT-BO-01", null, 1, 2, EVERY_CENTRE));
        assertThat(bologna.totalElements()).isEqualTo(5);
        assertThat(bologna.content()).hasSize(2).allSatisfy(c -> assertThat(c.centreId()).isEqualTo("IT-BO-01"));
        assertThat(projection.handle(new ListCases(null, CaseStage.ASSESSED, 0, 20, EVERY_CENTRE)).content())
                .extracting(CaseSummary::caseId).containsExactly("mi-1");
    }

    @Test
    void caseListStaysWithinTheCentresTheRequesterMaySee() {
        projection.on(new CaseRegistered("bo-1", registrationAt("IT-BO-01", "P-BO-1")));
        projection.on(new CaseRegistered("mi-1", registrationAt("IT-MI-02", "P-MI-1")));
        projection.on(new CaseRegistered("na-1", registrationAt("IT-NA-04", "P-NA-1")));

        CasePage bolognaAndMilan = projection.handle(new ListCases(null, null, 0, 20, CaseScope.of(Set.of("IT-BO-01", "IT-MI-02"))));
        assertThat(bolognaAndMilan.content()).extracting(CaseSummary::caseId).containsExactlyInAnyOrder("bo-1", "mi-1");
        assertThat(bolognaAndMilan.totalElements()).isEqualTo(2);
        assertThat(projection.handle(new ListCases("IT-NA-04", null, 0, 20, CaseScope.of(Set.of("IT-BO-01")))).content()).isEmpty();
        assertThat(projection.handle(new ListCases(null, null, 0, 20, CaseScope.of(Set.of()))).totalElements()).isZero();
    }

    @Test
    void thePatientIsNamedAndFoundByTheStartOfTheirPseudonymAndErasureForgetsThem() {
        projection.on(new CaseRegistered("bo-1", registrationAt("IT-BO-01", "P-ROSSI-7")));
        projection.on(new CaseRegistered("bo-2", registrationAt("IT-BO-01", "P-BIANCHI-2")));

        CasePage found = projection.handle(new ListCases(null, null, "p-ros", null, 0, 20, EVERY_CENTRE));
        assertThat(found.content()).singleElement().satisfies(summary -> {
            assertThat(summary.patientPseudonym()).isEqualTo("P-ROSSI-7");
            assertThat(summary.birthYear()).isEqualTo(1956);
        });
        assertThat(projection.handle(new ListCases(null, null, "%", null, 0, 20, EVERY_CENTRE)).totalElements())
                .as("a wildcard is a character like any other").isZero();

        projection.on(new PersonalDataErased("bo-1", "withdrew consent"));
        assertThat(projection.handle(new ListCases(null, null, "P-ROSSI", null, 0, 20, EVERY_CENTRE)).totalElements()).isZero();
        assertThat(projection.handle(new FindCase("bo-1", EVERY_CENTRE)).orElseThrow().patientPseudonym()).isNull();
    }

    @Test
    void eachEntrySaysWhatItLacksAndAnEntryInErrorLeavesTheSummary() {
        projection.on(new CaseRegistered(CASE, registration()));
        projection.on(new AssessmentRecorded(CASE, withFractureRiskUnknown(painfulVertebralMetastasis())));
        projection.on(new TreatmentDecided(CASE, palliativeRfaWithCement()));
        projection.on(new ProcedurePerformed(CASE, "p-1", rfaWithVertebroplasty()));
        projection.on(new ProcedurePerformed(CASE, "p-2", rfaWithVertebroplasty()));

        assertThat(summary().missing()).containsEntry("ASSESSMENT", List.of("lesion.fractureRisk")).containsEntry("PROCEDURE/p-1", List.of());
        assertThat(summary().incomplete()).isTrue();

        projection.on(new EnteredInError(CASE, EntryRef.of(EntryKind.PROCEDURE, "p-2"), "saved twice"));
        assertThat(summary().procedures()).extracting(p -> p.procedureId()).containsExactly("p-1");
        assertThat(summary().missing()).doesNotContainKey("PROCEDURE/p-2");

        projection.on(new EnteredInError(CASE, EntryRef.single(EntryKind.REGISTRATION), "the wrong patient"));
        assertThat(summary().enteredInError()).isTrue();
        assertThat(projection.handle(new ListCases(null, null, null, false, 0, 20, EVERY_CENTRE)).totalElements()).isZero();
        assertThat(projection.handle(new ListCases(null, null, null, true, 0, 20, EVERY_CENTRE)).totalElements()).isEqualTo(1);
    }

    @Test
    void unknownCaseIsNotFound() {
        assertThat(projection.handle(new FindCase("nope", EVERY_CENTRE))).isEmpty();
    }

    @Test
    void resetForgetsEveryCase() {
        projection.on(new CaseRegistered(CASE, registration()));
        projection.reset();
        assertThat(projection.handle(new FindCase(CASE, EVERY_CENTRE))).isEmpty();
    }

    @Test
    void aCaseOutsideTheRequestersScopeIsNotFound() {
        projection.on(new CaseRegistered(CASE, registrationAt("IT-MI-02", "P-MI-1")));

        CaseScope bologna = CaseScope.of(Set.of("IT-BO-01"));
        assertThat(projection.handle(new FindCase(CASE, bologna))).isEmpty();
        assertThat(projection.handle(new FindCaseAdvice(CASE, bologna))).isEmpty();
        assertThat(projection.handle(new FindCase(CASE, CaseScope.of(Set.of("IT-MI-02"))))).isPresent();
    }

    @Test
    void aBatchOfEventsIsWrittenAsOneSummaryWhenTheBatchCommits() {
        List<Object> batch = List.of(new CaseRegistered(CASE, registration()), new AssessmentRecorded(CASE, painfulVertebralMetastasis()),
                new TreatmentDecided(CASE, palliativeRfaWithCement()));
        new BatchingUnitOfWork<>(batch.stream().map(GenericEventMessage::asEventMessage).toList()).execute(() -> {
            Object event = CurrentUnitOfWork.get().getMessage().getPayload();
            if (event instanceof CaseRegistered e) projection.on(e);
            else if (event instanceof AssessmentRecorded e) projection.on(e);
            else if (event instanceof TreatmentDecided e) projection.on(e);
            assertThat(projection.handle(new FindCase(CASE, EVERY_CENTRE))).as("nothing written before the commit").isEmpty();
        });

        assertThat(summary().stage()).isEqualTo(CaseStage.TREATMENT_DECIDED);
        assertThat(summary().latestPain().vas()).isEqualTo(8);
    }

    private CaseSummary summary() {
        return projection.handle(new FindCase(CASE, EVERY_CENTRE)).orElseThrow();
    }

    private static GuidelineEvaluated evaluated(EntryRef entry, io.boneregistry.api.guideline.RuleEvaluation evaluation, String justification) {
        return new GuidelineEvaluated(CASE, entry, TREATED, List.of(evaluation), justification, CaseAdvice.none());
    }
}
