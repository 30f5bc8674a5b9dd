package io.boneregistry.api.procedure;

import io.boneregistry.api.answers.AskedWhen;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One treatment session on the index lesion: one or more technique steps under one anaesthesia;
 * whether an anti-inflammatory was given against the acute reaction after RFA (R-RFA-ANTI-INFLAMMATORY),
 * unknown when left out.
 */
public record Procedure(
        @NotNull @PastOrPresent LocalDate performedOn,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}", message = "an operator code: letters, digits, '.', '_' and '-' only, starting with a letter or digit, at most 40 characters")
        String operatorId,
        @NotNull Anaesthesia anaesthesia,
        @NotEmpty List<@NotNull Guidance> guidance,
        @NotEmpty List<@NotNull @Valid TechniqueStep> steps,
        @AskedWhen(field = "steps[].technique", is = {"RFA", "CRYO", "LASER"}) @Valid ThermalProtection thermalProtection,
        @AskedWhen(field = "steps[].technique", is = {"RFA", "LASER"}) @PositiveOrZero Double periostealRopivacaineMl,
        @NotNull Boolean technicalSuccess,
        @AskedWhen(field = "steps[].technique", is = "RFA") Boolean antiInflammatoryProphylaxis) {

    public Set<Technique> techniques() {
        Set<Technique> techniques = EnumSet.noneOf(Technique.class);
        steps.forEach(step -> techniques.add(step.technique()));
        return techniques;
    }

    public boolean uses(Technique technique) {
        return steps.stream().anyMatch(step -> step.technique() == technique);
    }

    public <S extends TechniqueStep> Stream<S> steps(Class<S> type) {
        return steps.stream().filter(type::isInstance).map(type::cast);
    }

    public ProtectionMethod protectionMethod() {
        return thermalProtection == null ? ProtectionMethod.NONE : thermalProtection.method();
    }
}
