package io.boneregistry.app.security;

import java.util.Set;

/**
 * Who is asking, as the registry sees it once authenticated: a user id for the audit trail, a role,
 * and the centres whose cases they may see (a clinician's own centres, an auditor's grants).
 * Registry managers see every centre.
 */
public record Requester(String userId, Role role, Set<String> centres) {

    public Requester {
        centres = Set.copyOf(centres);
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** Case-level data of this centre: its cases, their advice and history, its rows of the dataset. */
    public boolean seesCasesOf(String centreId) {
        return role == Role.REGISTRY_MANAGER || centres.contains(centreId);
    }

    /** Only clinicians write, and only to cases of their own centres. */
    public boolean writesCasesOf(String centreId) {
        return role == Role.CLINICIAN && centres.contains(centreId);
    }

    /** Null when every centre is in scope; else the centres this requester's case lists are limited to. */
    public Set<String> caseScope() {
        return role == Role.REGISTRY_MANAGER ? null : centres;
    }

    /** The centre the audit trail records for this requester: theirs, when they have exactly one. */
    public String homeCentre() {
        return centres.size() == 1 ? centres.iterator().next() : null;
    }
}
