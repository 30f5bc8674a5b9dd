package io.boneregistry.api.answers;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.api.procedure.LeakImaging;
import io.boneregistry.api.procedure.Leakage;
import io.boneregistry.api.procedure.Procedure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.boneregistry.api.fixtures.CaseFixture.painfulIliacMetastasisWithoutFractureRisk;
import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.withExtensionsUnknown;
import static io.boneregistry.api.fixtures.CaseFixture.withFractureRiskUnknown;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static io.boneregistry.api.fixtures.ProcedureFixture.vertebroplastyWithImagingUnknown;
import static org.assertj.core.api.Assertions.assertThat;

/** What an entry still lacks, as the status grid and the missing-data report name it. */
class CompletenessTest {

    @Test
    void anAnswerLeftUnknownIsMissing() {
        assertThat(Completeness.missing(withFractureRiskUnknown(painfulVertebralMetastasis()))).contains("lesion.fractureRisk");
    }

    @Test
    void aQuestionAskedOnlyOfTheSpineIsNotMissingElsewhere() {
        Assessment iliac = withExtensionsUnknown(painfulIliacMetastasisWithoutFractureRisk());
        assertThat(Completeness.missing(iliac)).contains("lesion.softTissueExtension")
                .doesNotContain("lesion.spinalCanalExtension", "lesion.epiduralExtension", "lesion.posteriorWallRupture", "lesion.level");
        assertThat(Completeness.missing(withExtensionsUnknown(painfulVertebralMetastasis())))
                .contains("lesion.spinalCanalExtension", "lesion.epiduralExtension", "lesion.posteriorWallRupture");
    }

    @Test
    void theNormothermiaWaitIsAskedOnlyAfterAnAblationStep() {
        assertThat(Completeness.missing(vertebroplastyWithImagingUnknown()))
                .contains("steps[0].realTimeImaging").doesNotContain("steps[0].delayedUntilNormothermia");
        Procedure withRfa = rfaWithVertebroplasty();
        CementoplastyStep cement = (CementoplastyStep) withRfa.steps().get(1);
        Procedure waitUnknown = new Procedure(withRfa.performedOn(), withRfa.operatorId(), withRfa.anaesthesia(), withRfa.guidance(),
                List.of(withRfa.steps().get(0), new CementoplastyStep(cement.needleGauge(), cement.cementVolumeMl(), true, null,
                        cement.leakage(), null, null)), withRfa.thermalProtection(), withRfa.periostealRopivacaineMl(), true, true);
        assertThat(Completeness.missing(waitUnknown)).containsExactly("steps[1].delayedUntilNormothermia");
    }

    @Test
    void aLeakSaidNotToHaveHappenedAsksNothingMore() {
        Procedure noLeak = withLeakage(new Leakage(false, List.of(LeakImaging.FLUOROSCOPY), null, null));
        assertThat(Completeness.missing(noLeak)).isEmpty();
        assertThat(Completeness.missing(withLeakage(new Leakage(true, List.of(LeakImaging.FLUOROSCOPY), null, null))))
                .containsExactly("steps[0].leakage.sites", "steps[0].leakage.symptomatic");
        assertThat(Completeness.missing(withLeakage(null))).containsExactly("steps[0].leakage");
    }

    @Test
    void aCompleteEntryLacksNothing() {
        assertThat(Completeness.missing(painfulVertebralMetastasis())).isEmpty();
        assertThat(Completeness.missing(rfaWithVertebroplasty())).isEmpty();
    }

    private static Procedure withLeakage(Leakage leakage) {
        Procedure p = vertebroplastyWithImagingUnknown();
        return new Procedure(p.performedOn(), p.operatorId(), p.anaesthesia(), p.guidance(),
                List.of(new CementoplastyStep(10, 4.0, true, null, leakage, null, null)), null, null, true, null);
    }
}
