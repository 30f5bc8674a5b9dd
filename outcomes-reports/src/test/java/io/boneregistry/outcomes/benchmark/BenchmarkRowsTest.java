package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.followup.TumourVolumeChange;
import io.boneregistry.api.procedure.Technique;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.boneregistry.outcomes.benchmark.Benchmark.*;
import static io.boneregistry.outcomes.benchmark.Rows.cementoplasty;
import static io.boneregistry.outcomes.benchmark.Rows.procedure;
import static io.boneregistry.outcomes.benchmark.Rows.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each benchmark's numerator and denominator on cohorts small enough to count by hand. */
class BenchmarkRowsTest {

    private static final OutcomeSettings DEFAULTS = OutcomeSettings.defaults();

    private OutcomeSettings current;   // the settings of the answer being made, for the kept counts' key

    @Nested
    class CementLeak {

        @Test
        void twentyVertebralCementoplastiesWithElevenLeaks() {
            List<ProcedureRow> cohort = concat(times(11, () -> cementoplasty().leaking()), times(9, Rows::cementoplasty));
            BenchmarkRow row = BenchmarkRows.row(CEMENT_LEAK, cohort, DEFAULTS);
            assertThat(row.n()).isEqualTo(20);
            assertThat(row.x()).isEqualTo(11);
            assertThat(row.rate()).isEqualTo(0.55);
            assertThat(row.wilson95().low()).isCloseTo(0.342, within(0.0005));
            assertThat(row.wilson95().high()).isCloseTo(0.742, within(0.0005));
            assertThat(row.verdict()).isEqualTo(Verdict.WITHIN);
            assertThat(row.notEvaluable()).isZero();
        }

        @Test
        void countsStepsAtMobileSpineVertebraeOnly() {
            List<ProcedureRow> cohort = List.of(cementoplasty().steps(2, 1).row(), cementoplasty().at(LesionSite.SACRUM).leaking().row(),
                    cementoplasty().at(LesionSite.PELVIS_ACETABULUM).leaking().row(), cementoplasty().at(LesionSite.VERTEBRA_CERVICAL).row());
            BenchmarkRow row = BenchmarkRows.row(CEMENT_LEAK, cohort, DEFAULTS);
            assertThat(row.n()).isEqualTo(3);
            assertThat(row.x()).isEqualTo(1);
        }

        @Test
        void everyProcedureCountsNotOnlyTheIndex() {
            BenchmarkRow row = BenchmarkRows.row(CEMENT_LEAK, List.of(cementoplasty().secondOf(2).leaking().row()), DEFAULTS);
            assertThat(row.n()).isEqualTo(1);
            assertThat(row.x()).isEqualTo(1);
        }
    }

    @Nested
    class PainRelief {

        @Test
        void theTreatedSitesPainIsReadWhereRecordedAndTheRowSaysHowOften() {
            BenchmarkRow row = BenchmarkRows.row(CEMENT_PAIN, List.of(
                    cementoplasty().baseline(8, 0.0).followUpWithPainElsewhere(28, 8, 2).row(),
                    cementoplasty().baseline(8, 0.0).followUp(28, 8).row()), DEFAULTS);
            assertThat(row.n()).isEqualTo(2);
            assertThat(row.x()).as("the first responds at its treated site, though it hurts elsewhere").isEqualTo(1);
            assertThat(row.painAtTreatedSite()).isEqualTo(1);
        }

        @Test
        void exactlyHalfIsNoResponse() {
            BenchmarkRow row = BenchmarkRows.row(CEMENT_PAIN, List.of(
                    cementoplasty().baseline(8, 60.0).followUp(28, 4, 30.0).row(),
                    cementoplasty().baseline(8, 60.0).followUp(28, 3, 60.0).row(),
                    cementoplasty().baseline(8, 60.0).followUp(28, 8, 29.0).row()), DEFAULTS);
            assertThat(row.n()).isEqualTo(3);
            assertThat(row.x()).isEqualTo(2);
        }

        @Test
        void assessmentFollowUpIsTheClosestToDay28AndTheEarlierOnATie() {
            BenchmarkRow row = BenchmarkRows.row(CEMENT_PAIN, List.of(
                    cementoplasty().baseline(8, 0.0).followUp(21, 7).followUp(35, 1).row(),
                    cementoplasty().baseline(8, 0.0).followUp(14, 1).followUp(30, 7).row()), DEFAULTS);
            assertThat(row.n()).isEqualTo(2);
            assertThat(row.x()).isZero();
        }

        @Test
        void withoutBaselineOrFollowUpInTheWindowItIsNotEvaluable() {
            BenchmarkRow row = BenchmarkRows.row(CEMENT_PAIN, List.of(
                    cementoplasty().baseline(0, 0.0).followUp(28, 0).row(),
                    cementoplasty().baseline(8, null).followUp(6, 1).followUp(57, 1).row(),
                    cementoplasty().baseline(0, 40.0).followUp(56, 0, 10.0).row()), DEFAULTS);
            assertThat(row.n()).isEqualTo(1);
            assertThat(row.x()).isEqualTo(1);
            assertThat(row.notEvaluable()).isEqualTo(2);
        }

        @Test
        void onlyIndexProceduresCount() {
            BenchmarkRow row = BenchmarkRows.row(CEMENT_PAIN, List.of(cementoplasty().secondOf(2).followUp(28, 0).row()), DEFAULTS);
            assertThat(row.n()).isZero();
            assertThat(row.rate()).isNull();
            assertThat(row.wilson95()).isNull();
            assertThat(row.pValue()).isNull();
            assertThat(row.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        }

        @Test
        void rfaAndCryoPainCountPalliativeProceduresOnly() {
            List<ProcedureRow> cohort = List.of(procedure(Technique.RFA).followUp(28, 1).row(),
                    procedure(Technique.RFA).curative(Diagnosis.OSTEOID_OSTEOMA).followUp(28, 0).row(),
                    procedure(Technique.CRYO).followUp(28, 7).row());
            assertThat(BenchmarkRows.row(RFA_PALL_PAIN, cohort, DEFAULTS).n()).isEqualTo(1);
            assertThat(BenchmarkRows.row(CRYO_PAIN, cohort, DEFAULTS).x()).isZero();
        }

        @Test
        void windowAndThresholdAreSettings() {
            OutcomeSettings stricter = new OutcomeSettings(90, 60, 120, 0.3, 10, 2, 4.5, 5);
            BenchmarkRow row = BenchmarkRows.row(CEMENT_PAIN, List.of(cementoplasty().baseline(10, 0.0).followUp(28, 1).followUp(90, 6).row()), stricter);
            assertThat(row.n()).isEqualTo(1);
            assertThat(row.x()).isEqualTo(1);
        }
    }

    @Nested
    class Complications {

        @Test
        void aProcedureCountsOnceWhateverItsNumberOfComplications() {
            List<ProcedureRow> cohort = List.of(cementoplasty().complication(ComplicationType.PULMONARY_EMBOLISM)
                            .complication(ComplicationType.PULMONARY_EMBOLISM).row(),
                    cementoplasty().complication(ComplicationType.PUNCTURE_SITE_BLEEDING).row(), cementoplasty().row(),
                    procedure(Technique.ETHANOL).complication(ComplicationType.FEVER).row());
            assertThat(BenchmarkRows.row(CEMENT_PE, cohort, DEFAULTS)).extracting(BenchmarkRow::n, BenchmarkRow::x).containsExactly(3, 1);
            assertThat(BenchmarkRows.row(CEMENT_MINOR, cohort, DEFAULTS)).extracting(BenchmarkRow::n, BenchmarkRow::x).containsExactly(3, 1);
            assertThat(BenchmarkRows.row(ETHANOL_FEVER, cohort, DEFAULTS)).extracting(BenchmarkRow::n, BenchmarkRow::x).containsExactly(1, 1);
            assertThat(BenchmarkRows.row(CRYO_SHOCK, cohort, DEFAULTS).n()).isZero();
        }

        @Test
        void aComplicationCountsWithinTheWindowOnly() {
            List<ProcedureRow> cohort = List.of(cementoplasty().complicationOn(30, ComplicationType.PULMONARY_EMBOLISM).row(),
                    cementoplasty().complicationOn(31, ComplicationType.PULMONARY_EMBOLISM).row());
            assertThat(BenchmarkRows.row(CEMENT_PE, cohort, DEFAULTS)).as("day 30 is in, day 31 out")
                    .extracting(BenchmarkRow::n, BenchmarkRow::x).containsExactly(2, 1);
            assertThat(BenchmarkRows.row(CEMENT_PE, cohort, withWindows(180, 60)).x()).as("a window of 60 days").isEqualTo(2);
        }

        @Test
        void aFractureAtTheTreatedSiteSeenAtFollowUpIsACementFracture() {
            List<ProcedureRow> cohort = List.of(cementoplasty().fractureSeenAt(28).row(), cementoplasty().fractureSeenAt(90).row(),
                    cementoplasty().complicationOn(2, ComplicationType.FRACTURE).row(), cementoplasty().followUp(28, 2).row());
            assertThat(BenchmarkRows.row(CEMENT_FRACTURE, cohort, DEFAULTS)).as("seen at day 28, recorded as a complication; day 90 is past the window")
                    .extracting(BenchmarkRow::n, BenchmarkRow::x).containsExactly(4, 2);
        }

        @Test
        void minorComplicationsAreCountedPerPatientAsTheTextSaysDeiPazienti() {
            List<ProcedureRow> cohort = List.of(cementoplasty().caseId("twice").complication(ComplicationType.PUNCTURE_SITE_BLEEDING).row(),
                    cementoplasty().caseId("twice").secondOf(2).row(), cementoplasty().caseId("once").row());
            assertThat(BenchmarkRows.row(CEMENT_MINOR, cohort, DEFAULTS)).as("two patients, one bled")
                    .extracting(BenchmarkRow::n, BenchmarkRow::x).containsExactly(2, 1);
            assertThat(BenchmarkRows.row(CEMENT_PE, cohort, DEFAULTS).n()).as("pulmonary embolism is \"dei casi\": per session").isEqualTo(3);
        }

        @Test
        void laserMajorCountsNerveInjuryAndNeurodystrophy() {
            List<ProcedureRow> cohort = List.of(procedure(Technique.LASER).complication(ComplicationType.NERVE_INJURY).row(),
                    procedure(Technique.LASER).complication(ComplicationType.NEURODYSTROPHY).row(),
                    procedure(Technique.LASER).complication(ComplicationType.THERMAL_INJURY).row());
            assertThat(BenchmarkRows.row(LASER_MAJOR, cohort, DEFAULTS)).extracting(BenchmarkRow::n, BenchmarkRow::x).containsExactly(3, 2);
        }
    }

    @Nested
    class EthanolVolume {

        @Test
        void theLastReportedVolumeDecidesAndNotAssessedIsNoReport() {
            List<ProcedureRow> cohort = List.of(
                    procedure(Technique.ETHANOL).followUp(30, 2, null, null, null, TumourVolumeChange.INCREASED)
                            .followUp(90, 2, null, null, null, TumourVolumeChange.REDUCED)
                            .followUp(120, 2, null, null, null, TumourVolumeChange.NOT_ASSESSED).row(),
                    procedure(Technique.ETHANOL).followUp(30, 2, null, null, null, TumourVolumeChange.INCREASED).row(),
                    procedure(Technique.ETHANOL).followUp(30, 2, null, null, null, TumourVolumeChange.NOT_ASSESSED).row());
            BenchmarkRow shrink = BenchmarkRows.row(ETHANOL_SHRINK, cohort, DEFAULTS);
            assertThat(shrink).extracting(BenchmarkRow::n, BenchmarkRow::x, BenchmarkRow::notEvaluable).containsExactly(2, 1, 1);
            assertThat(BenchmarkRows.row(ETHANOL_GROWTH, cohort, DEFAULTS).x()).isEqualTo(1);
        }
    }

    @Nested
    class CurativeAblation {

        @Test
        void rfaSuccessDoesNotAskForASingleSessionWhichTheTextSaysOfLaser() {
            List<ProcedureRow> cohort = List.of(procedure(Technique.RFA).curative(Diagnosis.OSTEOID_OSTEOMA).oneOf(2).followUp(30, 0).row());
            assertThat(BenchmarkRows.row(RFA_OO_SUCCESS, cohort, DEFAULTS)).extracting(BenchmarkRow::n, BenchmarkRow::x).containsExactly(1, 1);
        }

        @Test
        void successNeedsVasZeroAtTheLastFollowUpNoRecurrenceAndASingleProcedure() {
            List<ProcedureRow> cohort = List.of(
                    procedure(Technique.LASER).curative(Diagnosis.OSTEOID_OSTEOMA).followUp(10, 3).followUp(30, 0).row(),
                    procedure(Technique.LASER).curative(Diagnosis.OSTEOID_OSTEOMA).followUp(30, 0).followUp(180, 2).row(),
                    procedure(Technique.LASER).curative(Diagnosis.OSTEOID_OSTEOMA).followUp(30, 0, null, null, true, null).followUp(60, 0).row(),
                    procedure(Technique.LASER).curative(Diagnosis.OSTEOID_OSTEOMA).oneOf(2).followUp(30, 0).row(),
                    procedure(Technique.LASER).curative(Diagnosis.OSTEOID_OSTEOMA).followUp(20, 0).row());
            BenchmarkRow row = BenchmarkRows.row(LASER_OO_SUCCESS, cohort, DEFAULTS);
            assertThat(row).extracting(BenchmarkRow::n, BenchmarkRow::x, BenchmarkRow::notEvaluable).containsExactly(4, 1, 1);
        }

        @Test
        void noRecurrenceCountsOnlyOnceFollowedToTheMinimumFollowUp() {
            List<ProcedureRow> cohort = List.of(
                    procedure(Technique.RFA).curative(Diagnosis.OSTEOID_OSTEOMA).followUp(7, 0).row(),
                    procedure(Technique.RFA).curative(Diagnosis.OSTEOID_OSTEOMA).followUp(7, 0).followUp(180, 0).row(),
                    procedure(Technique.RFA).curative(Diagnosis.OSTEOID_OSTEOMA).followUp(60, 4, null, null, true, null).row());
            assertThat(BenchmarkRows.row(RFA_OO_RECUR, cohort, DEFAULTS)).as("a day-7 visit says nothing; a recurrence at day 60 counts")
                    .extracting(BenchmarkRow::n, BenchmarkRow::x, BenchmarkRow::notEvaluable).containsExactly(2, 1, 1);
            assertThat(BenchmarkRows.row(RFA_OO_RECUR, cohort, withWindows(365, 30)))
                    .extracting(BenchmarkRow::n, BenchmarkRow::x, BenchmarkRow::notEvaluable).containsExactly(1, 1, 2);
        }

        @Test
        void recurrenceIsCountedPerDiagnosisAndAggressiveness() {
            List<ProcedureRow> cohort = List.of(
                    procedure(Technique.RFA).curative(Diagnosis.OSTEOBLASTOMA).followUp(90, 0, null, null, true, null).row(),
                    procedure(Technique.RFA).curative(Diagnosis.OSTEOBLASTOMA).followUp(200, 0).row(),
                    procedure(Technique.RFA).curative(Diagnosis.OSTEOBLASTOMA).aggressive().followUp(90, 0, null, null, true, null).row(),
                    procedure(Technique.RFA).curative(Diagnosis.OSTEOBLASTOMA).aggressive().row(),
                    procedure(Technique.RFA).curative(Diagnosis.OSTEOID_OSTEOMA).followUp(200, 0).row());
            assertThat(BenchmarkRows.row(RFA_OB_RECUR, cohort, DEFAULTS)).extracting(BenchmarkRow::n, BenchmarkRow::x).containsExactly(2, 1);
            assertThat(BenchmarkRows.row(RFA_OBA_RECUR, cohort, DEFAULTS))
                    .extracting(BenchmarkRow::n, BenchmarkRow::x, BenchmarkRow::notEvaluable).containsExactly(1, 1, 1);
            assertThat(BenchmarkRows.row(RFA_OO_RECUR, cohort, DEFAULTS)).extracting(BenchmarkRow::n, BenchmarkRow::x).containsExactly(1, 0);
        }
    }

    @Nested
    class Neuralgia {

        @Test
        void onlyBaselineNeuralgiaWhoseReductionIsKnownAtAssessmentCounts() {
            List<ProcedureRow> cohort = List.of(
                    procedure(Technique.RF_IONIZATION).baselineNeuralgia().followUp(28, 3, null, false, null, null).row(),
                    procedure(Technique.RF_IONIZATION).baselineNeuralgia().followUp(28, 3, null, true, null, null).row(),
                    procedure(Technique.RF_IONIZATION).baselineNeuralgia().followUp(28, 3).row(),
                    procedure(Technique.RF_IONIZATION).followUp(28, 3, null, false, null, null).row());
            assertThat(BenchmarkRows.row(RFI_NEURALGIA, cohort, DEFAULTS))
                    .as("gone is reduced; persisting with no intensity recorded, or not recorded at all, is not known")
                    .extracting(BenchmarkRow::n, BenchmarkRow::x, BenchmarkRow::notEvaluable).containsExactly(1, 1, 2);
        }

        @Test
        void neuralgiaThatPersistsLessIntenseIsReducedAsTheTextSaysRiduzione() {
            List<ProcedureRow> cohort = List.of(
                    procedure(Technique.RF_IONIZATION).baselineNeuralgia(8).followUpWithNeuralgia(28, 3).row(),
                    procedure(Technique.RF_IONIZATION).baselineNeuralgia(8).followUpWithNeuralgia(28, 8).row(),
                    procedure(Technique.RF_IONIZATION).baselineNeuralgia(8).followUpWithNeuralgia(28, null).row());
            assertThat(BenchmarkRows.row(RFI_NEURALGIA, cohort, DEFAULTS))
                    .extracting(BenchmarkRow::n, BenchmarkRow::x, BenchmarkRow::notEvaluable).containsExactly(2, 1, 1);
        }
    }

    @Nested
    class PalliationDurationBenchmark {

        @Test
        void respondersAreFollowedUntilTheFirstFollowUpThatIsNoLongerAResponse() {
            List<ProcedureRow> cohort = List.of(
                    procedure(Technique.ETHANOL).followUp(28, 2).followUp(70, 3).followUp(140, 8).followUp(200, 1).row(),
                    procedure(Technique.ETHANOL).followUp(28, 2).followUp(91, 2).row(),
                    procedure(Technique.ETHANOL).followUp(28, 8).followUp(91, 1).row());
            BenchmarkRow row = BenchmarkRows.row(ETHANOL_DURATION, cohort, DEFAULTS);
            assertThat(row.n()).isEqualTo(2);
            assertThat(row.x()).isEqualTo(1);
            assertThat(row.rate()).isNull();
            assertThat(row.medianWeeks()).isEqualTo(20.0);
            assertThat(row.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        }
    }

    @Nested
    class ResponderDefinitions {

        @Test
        void ethanolCountsAnyDecreaseCementMoreThanHalf() {
            List<ProcedureRow> cohort = List.of(procedure(Technique.ETHANOL, Technique.CEMENTOPLASTY).followUp(28, 6).row(),
                    procedure(Technique.ETHANOL, Technique.CEMENTOPLASTY).followUp(28, 3).row(),
                    procedure(Technique.ETHANOL, Technique.CEMENTOPLASTY).followUp(28, 8).row());
            assertThat(BenchmarkRows.row(ETHANOL_PAIN, cohort, DEFAULTS).x()).as("\"una diminuzione\": 8 to 6 is one").isEqualTo(2);
            assertThat(BenchmarkRows.row(CEMENT_PAIN, cohort, DEFAULTS).x()).as("\">50%\": only 8 to 3").isEqualTo(1);
        }

        @Test
        void cryoablationFollowsTheGeneralThresholdUnlessSetOnItsOwn() {
            List<ProcedureRow> cohort = List.of(procedure(Technique.CRYO).followUp(28, 5).row(), procedure(Technique.CRYO).followUp(28, 2).row());
            assertThat(BenchmarkRows.row(CRYO_PAIN, cohort, DEFAULTS).x()).isEqualTo(1);
            OutcomeSettings d = DEFAULTS;
            OutcomeSettings cryoAtAThird = new OutcomeSettings(d.painWindowTarget(), d.painWindowFrom(), d.painWindowTo(), d.painReductionThreshold(),
                    d.minDenominator(), d.cusumRateRatio(), d.cusumThreshold(), d.smallCellThreshold(), d.ethanolPainReductionThreshold(),
                    0.3, d.recurrenceFollowUpDays(), d.complicationWindowDays());
            assertThat(BenchmarkRows.row(CRYO_PAIN, cohort, cryoAtAThird).x()).isEqualTo(2);
        }
    }

    @Nested
    class Bounds {

        @Test
        void anUpperFigureForSomethingBetterWhenHigherCallsNoUnitWorse() {
            List<ProcedureRow> cohort = times(40, () -> procedure(Technique.CRYO).followUp(28, 8));
            BenchmarkRow row = BenchmarkRows.row(CRYO_PAIN, cohort, DEFAULTS);
            assertThat(row.rate()).isZero();
            assertThat(row.verdict()).as("\"≤75%\" sets no floor").isEqualTo(Verdict.WITHIN);
            assertThat(row.pValue()).isNull();
            assertThat(row.benchmark().saysWhatIsWorse()).isFalse();
        }

        @Test
        void aLowerBoundIsWithinWhenTheUnitIsAboveIt() {
            List<ProcedureRow> cohort = times(40, () -> procedure(Technique.RFA).curative(Diagnosis.OSTEOID_OSTEOMA).followUp(30, 0));
            BenchmarkRow row = BenchmarkRows.row(RFA_OO_SUCCESS, cohort, DEFAULTS);
            assertThat(row.verdict()).as("\">85%\": 40 of 40 is what the text says, not better").isEqualTo(Verdict.WITHIN);
            assertThat(RFA_OO_SUCCESS.target()).isEqualTo(0.85);
            assertThat(CEMENT_PE.target()).as("\"<1%\": the funnel's target is the figure").isEqualTo(0.01);
        }
    }

    @Nested
    class ClusteredLeaks {

        @Test
        void thePatientsVertebraeWidenTheIntervalTheVerdictReadsAndThePerPatientRateIsBeside() {
            List<ProcedureRow> cohort = new ArrayList<>();
            for (int patient = 0; patient < 10; patient++) {
                boolean leaky = patient < 4;
                cohort.add(cementoplasty().caseId("p" + patient).steps(3, leaky ? 3 : 0).row());
            }
            BenchmarkRow row = BenchmarkRows.row(CEMENT_LEAK, cohort, DEFAULTS);
            assertThat(row).extracting(BenchmarkRow::n, BenchmarkRow::x).containsExactly(30, 12);
            assertThat(row.clustered95().high() - row.clustered95().low()).as("three vertebrae alike are not three patients")
                    .isGreaterThan(row.wilson95().high() - row.wilson95().low());
            assertThat(row.perPatient()).extracting(PatientRate::n, PatientRate::x, PatientRate::rate).containsExactly(10, 4, 0.4);
        }
    }

    @Nested
    class Verdicts {

        @Test
        void lowerIsBetterIsWorseWhenTheWholeIntervalIsAboveTheFigure() {
            BenchmarkRow row = BenchmarkRows.row(CEMENT_LEAK, times(30, () -> cementoplasty().leaking()), DEFAULTS);
            assertThat(row.verdict()).isEqualTo(Verdict.WORSE);
            assertThat(row.pValue()).isLessThan(1e-3);
        }

        @Test
        void lowerIsBetterIsBetterWhenTheWholeIntervalIsBelowTheFigure() {
            assertThat(BenchmarkRows.row(CEMENT_LEAK, times(30, Rows::cementoplasty), DEFAULTS).verdict()).isEqualTo(Verdict.BETTER);
        }

        @Test
        void higherIsBetterIsWorseWhenTheWholeIntervalIsBelowTheFigure() {
            BenchmarkRow row = BenchmarkRows.row(CEMENT_PAIN, times(30, () -> cementoplasty().followUp(28, 8)), DEFAULTS);
            assertThat(row.verdict()).isEqualTo(Verdict.WORSE);
            assertThat(row.pValue()).isLessThan(1e-10);
        }

        @Test
        void fewerThanTheMinimumDenominatorIsInsufficientButStillShowsTheRate() {
            BenchmarkRow row = BenchmarkRows.row(CEMENT_LEAK, times(9, () -> cementoplasty().leaking()), DEFAULTS);
            assertThat(row.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
            assertThat(row.rate()).isEqualTo(1.0);
            assertThat(row.wilson95()).isNotNull();
        }

        @Test
        void smallCellsAreWithheldWhenShared() {
            BenchmarkRow row = BenchmarkRows.row(CEMENT_LEAK, concat(times(3, () -> cementoplasty().leaking()), times(20, Rows::cementoplasty)), DEFAULTS)
                    .suppressedBelow(DEFAULTS.smallCellThreshold());
            assertThat(row.suppressed()).isTrue();
            assertThat(row.x()).isNull();
            assertThat(row.rate()).isNull();
            assertThat(row.wilson95()).isNull();
        }
    }

    @Nested
    class Filtering {

        @Test
        void singleTechniqueProceduresOnlyWhenCombinedIsFalse() {
            List<ProcedureRow> cohort = List.of(procedure(Technique.RFA, Technique.CEMENTOPLASTY).leaking().row(), cementoplasty().row());
            DatasetFilter single = new DatasetFilter(null, null, null, null, null, false);
            assertThat(BenchmarkRows.row(CEMENT_LEAK, single.apply(cohort), DEFAULTS).n()).isEqualTo(1);
            assertThat(BenchmarkRows.row(CEMENT_LEAK, DatasetFilter.all().apply(cohort), DEFAULTS).n()).isEqualTo(2);
        }

        @Test
        void otherTreatmentFalseLeavesOutProceduresWithAnotherTreatmentDuringTheirFollowUp() {
            List<ProcedureRow> cohort = List.of(
                    cementoplasty().baseline(8, 60.0).followUp(28, 2, 0.0).radiotherapyOn(14).row(),
                    cementoplasty().baseline(8, 60.0).followUp(28, 2, 0.0).radiotherapyOn(40).row(),
                    cementoplasty().baseline(8, 60.0).followUp(28, 2, 0.0).radiotherapyOn(-10).row(),
                    cementoplasty().baseline(8, 60.0).radiotherapyOn(5).row());
            DatasetFilter without = new DatasetFilter(null, null, null, null, null, null, false);
            assertThat(without.apply(cohort)).as("day 40 is after the last follow-up, day -10 before the procedure, no follow-up holds none")
                    .hasSize(3);
            assertThat(DatasetFilter.all().apply(cohort)).hasSize(4);
        }

        @Test
        void operatorAndInclusivePeriodSelectProcedures() {
            List<ProcedureRow> cohort = List.of(cementoplasty().by("IT-BO-01", "OP-1").on(Rows.DAY).row(),
                    cementoplasty().by("IT-BO-01", "OP-2").on(Rows.DAY).row(),
                    cementoplasty().by("IT-BO-01", "OP-1").on(Rows.DAY.plusDays(1)).row());
            assertThat(new DatasetFilter(null, "OP-1", Rows.DAY, Rows.DAY, null, null).apply(cohort)).hasSize(1);
            assertThat(new DatasetFilter("IT-BO-01", null, null, Rows.DAY.plusDays(1), null, null).apply(cohort)).hasSize(3);
        }
    }

    @Test
    void everyBenchmarkOfTheGuidelineHasARow() {
        assertThat(BenchmarkRows.all(List.of(), DEFAULTS)).extracting(BenchmarkRow::benchmarkId).containsExactly(
                "BM-CEMENT-PAIN", "BM-CEMENT-LEAK", "BM-CEMENT-PE", "BM-CEMENT-INFECTION", "BM-CEMENT-FRACTURE", "BM-CEMENT-MINOR",
                "BM-ETHANOL-PAIN", "BM-ETHANOL-SHRINK", "BM-ETHANOL-GROWTH", "BM-ETHANOL-DURATION", "BM-ETHANOL-FEVER",
                "BM-LASER-OO-SUCCESS", "BM-LASER-MAJOR", "BM-LASER-RECUR", "BM-RFA-OO-SUCCESS", "BM-RFA-OO-RECUR",
                "BM-RFA-OB-RECUR", "BM-RFA-OBA-RECUR", "BM-RFA-PALL-PAIN", "BM-CRYO-PAIN", "BM-CRYO-SHOCK", "BM-RFI-NEURALGIA");
    }

    @Test
    void countersKeptUnderOtherSettingsAreUsedOnlyWhereTheBenchmarkDoesNotReadTheChange() {
        List<ProcedureRow> cohort = List.of(cementoplasty().baseline(10, 0.0).followUp(21, 6).followUp(28, 4).row(),
                procedure(Technique.ETHANOL).baseline(10, 0.0).followUp(28, 4).followUp(90, 3).followUp(180, 8).row(),
                procedure(Technique.RF_IONIZATION).baselineNeuralgia().followUp(21, 2, null, false, null, null)
                        .followUp(28, 2, null, true, null, null).row());
        Map<List<Object>, Object> kept = new HashMap<>();
        BenchmarkRows.Kept counters = new BenchmarkRows.Kept() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T of(Benchmark benchmark, Supplier<T> making) {
                return (T) kept.computeIfAbsent(List.of(benchmark, Measures.reads(benchmark, current)), key -> making.get());
            }
        };
        for (OutcomeSettings settings : List.of(DEFAULTS, new OutcomeSettings(28, 7, 56, 0.7, 10, 2, 4.5, 5),
                new OutcomeSettings(28, 7, 56, 0.65, 10, 2, 4.5, 5), new OutcomeSettings(21, 7, 56, 0.7, 10, 2, 4.5, 5),
                new OutcomeSettings(21, 7, 56, 0.7, 1, 2, 4.5, 5), withEthanolThreshold(0.65), withWindows(365, 14), DEFAULTS)) {
            current = settings;
            assertThat(BenchmarkRows.all(BenchmarkRows.byTechnique(cohort), settings, counters)).as(settings.toString())
                    .isEqualTo(BenchmarkRows.all(cohort, settings));
        }
        assertThat(BenchmarkRows.row(CEMENT_PAIN, cohort, DEFAULTS).x()).as("the threshold changes this count")
                .isNotEqualTo(BenchmarkRows.row(CEMENT_PAIN, cohort, new OutcomeSettings(28, 7, 56, 0.7, 10, 2, 4.5, 5)).x());
        assertThat(BenchmarkRows.row(ETHANOL_DURATION, cohort, withEthanolThreshold(0.5)).x())
                .as("the threshold ends this palliation").isNotEqualTo(BenchmarkRows.row(ETHANOL_DURATION, cohort, DEFAULTS).x());
        assertThat(BenchmarkRows.row(RFI_NEURALGIA, cohort, DEFAULTS).x()).as("the window changes this count")
                .isNotEqualTo(BenchmarkRows.row(RFI_NEURALGIA, cohort, new OutcomeSettings(21, 7, 56, 0.5, 10, 2, 4.5, 5)).x());
    }

    private static OutcomeSettings withEthanolThreshold(double threshold) {
        OutcomeSettings d = DEFAULTS;
        return new OutcomeSettings(d.painWindowTarget(), d.painWindowFrom(), d.painWindowTo(), d.painReductionThreshold(), d.minDenominator(),
                d.cusumRateRatio(), d.cusumThreshold(), d.smallCellThreshold(), threshold, d.cryoPainReductionThreshold(),
                d.recurrenceFollowUpDays(), d.complicationWindowDays());
    }

    private static OutcomeSettings withWindows(int recurrenceFollowUpDays, int complicationWindowDays) {
        OutcomeSettings d = DEFAULTS;
        return new OutcomeSettings(d.painWindowTarget(), d.painWindowFrom(), d.painWindowTo(), d.painReductionThreshold(), d.minDenominator(),
                d.cusumRateRatio(), d.cusumThreshold(), d.smallCellThreshold(), d.ethanolPainReductionThreshold(),
                d.cryoPainReductionThreshold(), recurrenceFollowUpDays, complicationWindowDays);
    }

    @SafeVarargs
    private static List<ProcedureRow> concat(List<ProcedureRow>... parts) {
        List<ProcedureRow> all = new ArrayList<>();
        Stream.of(parts).forEach(all::addAll);
        return all;
    }
}
