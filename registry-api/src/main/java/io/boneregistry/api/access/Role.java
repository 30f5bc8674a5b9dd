package io.boneregistry.api.access;

/** The three kinds of registry user: who writes cases, who audits outcomes, who runs the registry. */
public enum Role {
    /** Writes and reads the cases of their own centres. */
    CLINICIAN,
    /** Reads outcome statistics, conformance and dashboards of every centre; case-level data only of the centres granted. */
    AUDITOR,
    /** Exports, rebuilds projections, erases personal data; reads every case. */
    REGISTRY_MANAGER
}
