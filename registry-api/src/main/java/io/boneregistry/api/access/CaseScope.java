package io.boneregistry.api.access;

import java.util.Set;

/**
 * The centres whose case-level data (case and entry ids, dates, free text) a requester may see:
 * every centre for a registry manager, the named ones for anyone else. Every query for case data
 * carries one, so a read model never hands out a case outside it, whatever route the question took.
 */
public record CaseScope(Set<String> centres) {

    private static final CaseScope EVERY_CENTRE = new CaseScope(null);

    public CaseScope {
        centres = centres == null ? null : Set.copyOf(centres);
    }

    public static CaseScope everyCentre() {
        return EVERY_CENTRE;
    }

    public static CaseScope of(Set<String> centres) {
        return new CaseScope(centres == null ? Set.of() : centres);
    }

    public boolean includes(String centreId) {
        return centres == null || centres.contains(centreId);
    }

    public boolean isEveryCentre() {
        return centres == null;
    }
}
