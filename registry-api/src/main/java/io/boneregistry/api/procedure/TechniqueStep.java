package io.boneregistry.api.procedure;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One technique applied during a procedure, with the parameters docs/guideline.md#technique-rules-4 speaks of. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "technique")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CementoplastyStep.class, name = "CEMENTOPLASTY"),
        @JsonSubTypes.Type(value = EthanolStep.class, name = "ETHANOL"),
        @JsonSubTypes.Type(value = LaserStep.class, name = "LASER"),
        @JsonSubTypes.Type(value = RfaStep.class, name = "RFA"),
        @JsonSubTypes.Type(value = CryoStep.class, name = "CRYO"),
        @JsonSubTypes.Type(value = RfIonizationStep.class, name = "RF_IONIZATION")
})
public sealed interface TechniqueStep
        permits CementoplastyStep, EthanolStep, LaserStep, RfaStep, CryoStep, RfIonizationStep {

    Technique technique();
}
