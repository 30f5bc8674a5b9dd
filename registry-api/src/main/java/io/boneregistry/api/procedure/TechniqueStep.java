package io.boneregistry.api.procedure;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One technique applied during a procedure, with the parameters docs/guideline.md#technique-rules-4
 * speaks of, at the site and vertebral level it treats: a session may treat several levels or
 * lesions (a three-level vertebroplasty is three cementoplasty steps). A step that names no site
 * treats the index lesion (docs/outcomes.md#units).
 */
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

    /** The site treated, or null for the index lesion. */
    LesionSite site();

    /** The vertebral level treated, or null for the index lesion's (or no level). */
    VertebralLevel level();

    /** The site this step treats: its own, else the index lesion's. */
    default LesionSite treatedSite(Lesion index) {
        return site() != null ? site() : index.site();
    }

    /**
     * Whether this step treats the index lesion, so that what the assessment says of the lesion (its
     * extensions, fracture risk, an implant, a nerve nearby) describes what the step treated.
     */
    default boolean atIndexLesion(Lesion index) {
        return treatedSite(index) == index.site() && treatedLevel(index) == index.level();
    }

    /** The level this step treats: its own, else the index lesion's when it names no other site. */
    default VertebralLevel treatedLevel(Lesion index) {
        if (level() != null) return level();
        return site() == null || site() == index.site() ? index.level() : null;
    }
}
