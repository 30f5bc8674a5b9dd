package io.boneregistry.api.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The index lesion as imaging shows it. Absent flags mean "no". */
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
        boolean aggressive) {

    /** No intact insulating cortex between the tumour and the cord or nerve roots (R-THERMAL-NEURO). */
    public boolean closeToNeuralStructures() {
        return spinalCanalExtension || epiduralExtension || posteriorWallRupture;
    }
}
