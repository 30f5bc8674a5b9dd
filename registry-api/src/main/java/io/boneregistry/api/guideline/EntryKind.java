package io.boneregistry.api.guideline;

/** The kinds of entry a clinician logs on a case. */
public enum EntryKind {
    REGISTRATION, ASSESSMENT, BIOPSY_DECISION, BIOPSY, TREATMENT_DECISION, PRE_PROCEDURE_CHECKS,
    PROCEDURE, COMPLICATION, FOLLOW_UP, OTHER_TREATMENT, CLOSURE
}
