package io.boneregistry.api.assessment;

import io.boneregistry.api.answers.AskedWhen;
import io.boneregistry.api.answers.YesNo;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The index lesion as imaging shows it. Every yes/no left out is "not known" ({@code null}), never
 * "no"; each rule says what an unknown answer means for it (docs/guideline-rules.md#unknown).
 * Extension into the canal, epidural space and a broken posterior wall are asked only where there is
 * a spinal canal (a vertebra or the sacrum); elsewhere they do not apply.
 */
public record Lesion(
        @NotNull LesionSite site,
        @AskedWhen(field = "site", is = {"VERTEBRA_CERVICAL", "VERTEBRA_THORACIC", "VERTEBRA_LUMBAR"}) VertebralLevel level,
        @NotNull @Positive @Max(1000) Integer maxDiameterMm,
        @NotNull LesionPattern pattern,
        Boolean softTissueExtension,
        @AskedWhen(field = "site", is = {"VERTEBRA_CERVICAL", "VERTEBRA_THORACIC", "VERTEBRA_LUMBAR", "SACRUM"}) Boolean spinalCanalExtension,
        @AskedWhen(field = "site", is = {"VERTEBRA_CERVICAL", "VERTEBRA_THORACIC", "VERTEBRA_LUMBAR", "SACRUM"}) Boolean epiduralExtension,
        @AskedWhen(field = "site", is = {"VERTEBRA_CERVICAL", "VERTEBRA_THORACIC", "VERTEBRA_LUMBAR", "SACRUM"}) Boolean posteriorWallRupture,
        Boolean intraArticular,
        Boolean fractureRisk,
        @AskedWhen(field = "/diagnosis", is = "OSTEOBLASTOMA") Boolean aggressive,
        Boolean metalImplantAtSite,
        Boolean peripheralNerveNearTarget,
        @AskedWhen(field = "site", is = {"VERTEBRA_CERVICAL", "VERTEBRA_THORACIC", "VERTEBRA_LUMBAR"}) Boolean insulatingCortexIntact) {

    /**
     * Close to neural structures (R-THERMAL-NEURO): the tumour reaches the canal or breaks the posterior
     * wall; a peripheral nerve lies near the target ("in stretta contiguità con strutture nervose",
     * whatever the cortex); or the cortex between a vertebral tumour and the cord is not intact. Not
     * known while an answer it turns on is: an unknown cortex is neither exposed nor insulating.
     */
    public Boolean closeToNeuralStructures() {
        Boolean cordExposed = site != null && site.vertebral() ? YesNo.not(insulatingCortexIntact) : Boolean.FALSE;
        return YesNo.any(canalReached(), peripheralNerveNearTarget, cordExposed);
    }

    /** The tumour reaches the spinal canal: extends into it or the epidural space, or breaks the posterior wall; no where there is no canal. */
    public Boolean canalReached() {
        if (site == null || !site.spinalCanal()) return false;
        return YesNo.any(spinalCanalExtension, epiduralExtension, posteriorWallRupture);
    }
}
