package io.boneregistry.api.procedure;

import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Cement seen outside the bone on imaging, symptomatic or not (BM-CEMENT-LEAK counts both). */
public record Leakage(
        boolean observed,
        List<@NotNull LeakageSite> sites,
        boolean symptomatic) {
}
