package io.boneregistry.projections.conformance;

import io.boneregistry.api.access.CaseScope;
import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.analysis.ConformanceTallies;
import io.boneregistry.api.analysis.ConformanceTallies.RuleTally;
import io.boneregistry.api.analysis.FindConformanceEvaluations;
import io.boneregistry.api.analysis.FindConformanceTallies;
import io.boneregistry.api.erasure.PersonalDataErased;
import io.boneregistry.api.guideline.CaseAdvice;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.guideline.RuleStatus;
import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.projections.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.boneregistry.api.fixtures.CaseFixture.registrationAt;
import static org.assertj.core.api.Assertions.assertThat;

/** What the projection must do on any store; ConformanceProjectionTest runs it on H2 and on PostgreSQL. */
abstract class ConformanceProjectionContract {

    abstract ReadModelDatabase database();


    private static final EntryRef PROCEDURE = EntryRef.of(EntryKind.PROCEDURE, "p-1");
    private static final LocalDate DAY = LocalDate.of(2025, 5, 5);

    private ConformanceProjection projection;
    private ConformanceCounts counts;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = database().fresh();
        projection = new ConformanceProjection(jdbc);
        counts = new ConformanceCounts(jdbc, () -> 0);
        projection.on(new CaseRegistered("bo", registrationAt("IT-BO-01", "P-1")));
        projection.on(new CaseRegistered("mi", registrationAt("IT-MI-02", "P-2")));
    }

    @Test
    void aNewerEvaluationOfAnEntryReplacesTheOlder() {
        projection.on(evaluated("bo", PROCEDURE, DAY, GuidelineRule.ETHANOL_CONTRAST.deviated("no contrast"), "contrast allergy"));
        projection.on(evaluated("bo", PROCEDURE, DAY, GuidelineRule.ETHANOL_CONTRAST.met("contrast test injection before ethanol"), null));

        assertThat(all()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(RuleStatus.MET);
            assertThat(e.centreId()).isEqualTo("IT-BO-01");
            assertThat(e.entryDate()).isEqualTo(DAY);
        });
    }

    @Test
    void adviceGivenWhenChecksAreRecordedIsNotCounted() {
        projection.on(evaluated("bo", EntryRef.of(EntryKind.PRE_PROCEDURE_CHECKS, "k-1"), DAY, GuidelineRule.PREP_LABS.deviated("platelets abnormal"), null));
        assertThat(all()).isEmpty();
    }

    @Test
    void evaluationsAreSelectedByCentreAndClinicalDate() {
        projection.on(evaluated("bo", PROCEDURE, DAY, GuidelineRule.CRYO_CYCLES.met("two cycles"), null));
        projection.on(evaluated("mi", PROCEDURE, DAY.plusDays(10), GuidelineRule.CRYO_CYCLES.deviated("1 freeze cycle"), "machine fault"));

        assertThat(projection.handle(new FindConformanceEvaluations("IT-MI-02", null, null, CaseScope.everyCentre())).evaluations())
                .singleElement().satisfies(e -> assertThat(e.justification()).isEqualTo("machine fault"));
        assertThat(projection.handle(new FindConformanceEvaluations(null, DAY, DAY, CaseScope.everyCentre())).evaluations())
                .extracting(ConformanceEvaluation::caseId).containsExactly("bo");
    }

    @Test
    void evaluationsOutsideTheAskersScopeCountWithoutTheirCaseLevelItems() {
        projection.on(evaluated("bo", PROCEDURE, DAY, GuidelineRule.CRYO_CYCLES.deviated("1 freeze cycle"), "machine fault"));
        projection.on(evaluated("mi", PROCEDURE, DAY, GuidelineRule.CRYO_CYCLES.deviated("1 freeze cycle"), "probe broke"));

        List<ConformanceEvaluation> bologna = projection.handle(new FindConformanceEvaluations(null, null, null,
                CaseScope.of(Set.of("IT-BO-01")))).evaluations();
        assertThat(bologna).filteredOn(ConformanceEvaluation::inScope).singleElement()
                .satisfies(e -> assertThat(e.justification()).isEqualTo("machine fault"));
        assertThat(bologna).filteredOn(e -> !e.inScope()).singleElement().satisfies(e -> {
            assertThat(e.centreId()).isEqualTo("IT-MI-02");
            assertThat(e.caseId()).isNotEqualTo("mi");
            assertThat(e.entryId()).isNull();
            assertThat(e.entryDate()).isNull();
            assertThat(e.justification()).isNull();
        });
    }

    @Test
    void talliesCountEachCaseOnceHoweverManyOfItsEntriesTheRuleAppliedTo() {
        projection.on(evaluated("bo", EntryRef.of(EntryKind.PROCEDURE, "p-1"), DAY, GuidelineRule.CRYO_CYCLES.met("two cycles"), null));
        projection.on(evaluated("bo", EntryRef.of(EntryKind.PROCEDURE, "p-2"), DAY, GuidelineRule.CRYO_CYCLES.deviated("1 freeze cycle"), "probe broke"));
        projection.on(evaluated("bo", EntryRef.of(EntryKind.PROCEDURE, "p-3"), DAY, GuidelineRule.CRYO_CYCLES.deviated("1 freeze cycle"), "again"));
        projection.on(evaluated("mi", PROCEDURE, DAY, GuidelineRule.CRYO_CYCLES.met("two cycles"), null));

        ConformanceTallies tallies = counts.handle(new FindConformanceTallies(null, null, null, CaseScope.everyCentre()));

        assertThat(tallies.tallies()).containsExactly(new RuleTally("R-CRYO-CYCLES", "IT-BO-01", 1, 1, 2, 0, 0),
                new RuleTally("R-CRYO-CYCLES", "IT-MI-02", 1, 0, 0, 0, 0));
        assertThat(tallies.deviations()).extracting(ConformanceEvaluation::justification).containsExactlyInAnyOrder("probe broke", "again");
    }

    @Test
    void advisedEntriesAreAppliedButNeverDeviations() {
        projection.on(evaluated("bo", PROCEDURE, DAY, GuidelineRule.CEMENT_NEEDLE.advised("13 G needle (10 G advised at this level)"), null));
        projection.on(evaluated("mi", PROCEDURE, DAY, GuidelineRule.CEMENT_NEEDLE.met("10 G needle"), null));

        ConformanceTallies tallies = counts.handle(new FindConformanceTallies(null, null, null, CaseScope.everyCentre()));

        assertThat(tallies.tallies()).containsExactly(new RuleTally("R-CEMENT-NEEDLE", "IT-BO-01", 1, 0, 0, 1, 0),
                new RuleTally("R-CEMENT-NEEDLE", "IT-MI-02", 1, 0, 0, 0, 0));
        assertThat(tallies.deviations()).isEmpty();
    }

    @Test
    void talliesListOnlyTheDeviationsInsideTheAskersScopeAndSelectByCentreAndDate() {
        projection.on(evaluated("bo", PROCEDURE, DAY, GuidelineRule.CRYO_CYCLES.deviated("1 freeze cycle"), "machine fault"));
        projection.on(evaluated("mi", PROCEDURE, DAY.plusDays(10), GuidelineRule.CRYO_CYCLES.deviated("1 freeze cycle"), "probe broke"));

        ConformanceTallies bologna = counts.handle(new FindConformanceTallies(null, null, null, CaseScope.of(Set.of("IT-BO-01"))));
        assertThat(bologna.tallies()).extracting(RuleTally::deviatingCases).containsExactly(1, 1);
        assertThat(bologna.deviations()).extracting(ConformanceEvaluation::caseId).containsExactly("bo");
        assertThat(counts.handle(new FindConformanceTallies(null, null, null, CaseScope.of(Set.of()))).deviations()).isEmpty();
        assertThat(counts.handle(new FindConformanceTallies("IT-MI-02", null, null, CaseScope.everyCentre())).tallies())
                .extracting(RuleTally::centreId).containsExactly("IT-MI-02");
        assertThat(counts.handle(new FindConformanceTallies(null, DAY, DAY, CaseScope.everyCentre())).deviations())
                .extracting(ConformanceEvaluation::caseId).containsExactly("bo");
    }

    @Test
    void resetForgetsEverything() {
        projection.on(evaluated("bo", PROCEDURE, DAY, GuidelineRule.CRYO_CYCLES.met("two cycles"), null));
        assertThat(counts.handle(everything()).tallies()).hasSize(1);
        projection.reset();
        assertThat(all()).isEmpty();
        assertThat(counts.handle(everything()).tallies()).isEmpty();
    }

    @Test
    void countsHeldInMemoryFollowEachNewEvaluation() {
        projection.on(evaluated("bo", PROCEDURE, DAY, GuidelineRule.CRYO_CYCLES.deviated("1 freeze cycle"), "probe broke"));
        assertThat(counts.handle(everything()).tallies()).containsExactly(new RuleTally("R-CRYO-CYCLES", "IT-BO-01", 1, 1, 1, 0, 0));

        projection.on(evaluated("bo", PROCEDURE, DAY, GuidelineRule.CRYO_CYCLES.met("two cycles after the probe was changed"), null));
        projection.on(evaluated("mi", PROCEDURE, DAY, GuidelineRule.CRYO_CYCLES.met("two cycles"), null));

        assertThat(counts.handle(everything()).tallies()).containsExactly(new RuleTally("R-CRYO-CYCLES", "IT-BO-01", 1, 0, 0, 0, 0),
                new RuleTally("R-CRYO-CYCLES", "IT-MI-02", 1, 0, 0, 0, 0));
    }

    @Test
    void anEntryNoRuleAppliesToAnyMoreIsNoLongerCounted() {
        projection.on(evaluated("bo", PROCEDURE, DAY, GuidelineRule.CRYO_CYCLES.met("two cycles"), null));
        assertThat(counts.handle(everything()).tallies()).hasSize(1);

        projection.on(new GuidelineEvaluated("bo", PROCEDURE, DAY, List.of(), null, CaseAdvice.none()));

        assertThat(counts.handle(everything()).tallies()).isEmpty();
    }

    @Test
    void undatedEvaluationsCountOnlyWhenNoPeriodIsAsked() {
        projection.on(evaluated("bo", PROCEDURE, null, GuidelineRule.CRYO_CYCLES.met("two cycles"), null));
        assertThat(counts.handle(everything()).tallies()).hasSize(1);
        assertThat(counts.handle(new FindConformanceTallies(null, DAY, null, CaseScope.everyCentre())).tallies()).isEmpty();
        assertThat(counts.handle(new FindConformanceTallies(null, null, DAY, CaseScope.everyCentre())).tallies()).isEmpty();
    }

    @Test
    void anAnswerKeptFromBeforeAnErasureIsNotGivenAgain() {
        projection.on(evaluated("bo", PROCEDURE, DAY, GuidelineRule.CRYO_CYCLES.deviated("1 freeze cycle"), "the patient's husband asked to stop"));
        assertThat(counts.handle(everything()).deviations()).extracting(ConformanceEvaluation::justification)
                .containsExactly("the patient's husband asked to stop");

        projection.on(new PersonalDataErased("bo", "the patient's request"));

        assertThat(counts.handle(everything()).deviations()).singleElement().satisfies(e -> assertThat(e.justification()).isNull());
    }

    private static FindConformanceTallies everything() {
        return new FindConformanceTallies(null, null, null, CaseScope.everyCentre());
    }

    private List<ConformanceEvaluation> all() {
        return projection.handle(new FindConformanceEvaluations(null, null, null, CaseScope.everyCentre())).evaluations();
    }

    private static GuidelineEvaluated evaluated(String caseId, EntryRef entry, LocalDate day, RuleEvaluation evaluation, String justification) {
        return new GuidelineEvaluated(caseId, entry, day, List.of(evaluation), justification, CaseAdvice.none());
    }
}
