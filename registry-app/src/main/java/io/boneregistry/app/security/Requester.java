package io.boneregistry.app.security;

import io.boneregistry.api.access.CaseScope;
import io.boneregistry.api.access.Role;

import java.util.Set;

/**
 * Who is asking, as the registry sees it once authenticated: a stable user id and a name to show for
 * the audit trail, a role,
 * and the centres whose cases they may see (a clinician's own centres, an auditor's grants).
 * Registry managers see every centre.
 */
public record Requester(String userId, String displayName, Role role, Set<String> centres) {

    public Requester {
        centres = Set.copyOf(centres);
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** Case-level data of this centre: its cases, their advice and history, its rows of the dataset. */
    public boolean seesCasesOf(String centreId) {
        return caseScope().includes(centreId);
    }

    /** Only clinicians write, and only to cases of their own centres. */
    public boolean writesCasesOf(String centreId) {
        return writesFor().contains(centreId);
    }

    /** The centres whose case-level data this requester may see, as every query for case data carries it. */
    public CaseScope caseScope() {
        return role == Role.REGISTRY_MANAGER ? CaseScope.everyCentre() : CaseScope.of(centres);
    }

    /** The centres whose cases this requester writes: a clinician's own, nobody else's. */
    public Set<String> writesFor() {
        return role == Role.CLINICIAN ? centres : Set.of();
    }

    /** The centre the audit trail records for this requester: theirs, when they have exactly one. */
    public String homeCentre() {
        return centres.size() == 1 ? centres.iterator().next() : null;
    }

    /** Spring Security's authority for the role. */
    String authority() {
        return "ROLE_" + role.name();
    }
}
