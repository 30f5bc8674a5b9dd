package io.boneregistry.core.guideline.imaging;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Guidance;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static io.boneregistry.api.guideline.GuidelineRule.ABLATION_3D;

/**
 * R-ABLATION-3D: "l'imaging 3D è necessario" for bone ablation — RFA, cryoablation, laser, and RF
 * ionisation, which the text defines as an ablation ("tecnica di ablazione da decompressione") and
 * R-ANAESTHESIA-ABLATION reads as one (ethanol has its own, stricter R-ETHANOL-CT): CT, CT fluoroscopy,
 * cone-beam CT or MR; fluoroscopy or ultrasound alone is not 3D.
 */
public class AblationThreeDimensionalGuidancePolicy implements ProcedurePolicy {

    private static final Set<Technique> THERMAL = EnumSet.of(Technique.RFA, Technique.CRYO, Technique.LASER, Technique.RF_IONIZATION);
    private static final Set<Guidance> THREE_DIMENSIONAL = EnumSet.of(Guidance.CT, Guidance.CT_FLUOROSCOPY, Guidance.CONE_BEAM_CT, Guidance.MRI);

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        if (procedure.techniques().stream().noneMatch(THERMAL::contains)) return Optional.empty();
        boolean threeDimensional = procedure.guidance().stream().anyMatch(THREE_DIMENSIONAL::contains);
        return Optional.of(ABLATION_3D.judge(threeDimensional, "ablation under 3D imaging guidance",
                "ablation without 3D imaging guidance (" + procedure.guidance() + ")"));
    }
}
