package io.boneregistry.api.procedure;

import io.boneregistry.api.answers.AskedWhen;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * Whether cement was seen outside the bone on imaging, symptomatic or not (BM-CEMENT-LEAK counts
 * both), and the imaging that looked for it (issue 27: CT after the procedure sees more than
 * fluoroscopy); the sites and symptoms are asked only of a leak.
 */
public record Leakage(
        Boolean observed,
        List<@NotNull LeakImaging> checkedBy,
        @AskedWhen(field = "observed", is = "true") List<@NotNull LeakageSite> sites,
        @AskedWhen(field = "observed", is = "true") Boolean symptomatic) {
}
