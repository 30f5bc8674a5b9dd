package io.boneregistry.api.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The index lesion as imaging shows it. Absent flags mean "no"; the three nullable ones added later
 * (a metal implant at the site, a peripheral nerve near the target, an intact insulating cortex
 * between tumour and nerves) mean "not known" when absent.
 */
public record Lesion(
        @NotNull LesionSite site,
        VertebralLevel level,
        @NotNull @Positive @Max(1000) Integer maxDiameterMm,
        @NotNull LesionPattern pattern,
        boolean softTissueExtension,
        boolean spinalCanalExtension,
        boolean epiduralExtension,
        boolean posteriorWallRupture,
        boolean intraArticular,
        boolean fractureRisk,
        boolean aggressive,
        Boolean metalImplantAtSite,
        Boolean peripheralNerveNearTarget,
        Boolean insulatingCortexIntact) {

    /**
     * No intact insulating cortex between the tumour and a neural structure (R-THERMAL-NEURO): the
     * tumour reaches the canal or breaks the posterior wall, or a peripheral nerve lies near the target
     * with no cortex said to be intact between them, or the cortex towards a vertebra's cord is said
     * not to be intact.
     */
    public boolean closeToNeuralStructures() {
        boolean canalReached = spinalCanalExtension || epiduralExtension || posteriorWallRupture;
        boolean nerveExposed = Boolean.TRUE.equals(peripheralNerveNearTarget) && !Boolean.TRUE.equals(insulatingCortexIntact);
        boolean cordExposed = site != null && site.vertebral() && Boolean.FALSE.equals(insulatingCortexIntact);
        return canalReached || nerveExposed || cordExposed;
    }
}
