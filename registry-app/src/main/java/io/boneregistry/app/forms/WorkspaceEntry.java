package io.boneregistry.app.forms;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.biopsy.BiopsyDecision;
import io.boneregistry.api.biopsy.BiopsyResult;
import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.closure.Closure;
import io.boneregistry.api.complication.Complication;
import io.boneregistry.api.followup.FollowUp;
import io.boneregistry.api.othertreatment.OtherTreatment;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.registration.Registration;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.projections.internal.StoredEvents;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The entries of the pathway as the workspace knows them: the path segment under a case (docs/api.md;
 * "cases" registers a new one), the content record its form is read off, its kind, the id field of
 * an entry recorded more than once per case, and the events that record and amend it (found among
 * the stored events by the content they carry, the recording first).
 */
enum WorkspaceEntry {
    CASES("cases", Registration.class, EntryKind.REGISTRATION, null, "caseId", "assessment"),
    ASSESSMENT("assessment", Assessment.class, EntryKind.ASSESSMENT, null, null, "treatment-decision"),
    BIOPSY_DECISION("biopsy-decision", BiopsyDecision.class, EntryKind.BIOPSY_DECISION, null, null, "biopsy"),
    BIOPSY("biopsy", BiopsyResult.class, EntryKind.BIOPSY, null, null, "treatment-decision"),
    TREATMENT_DECISION("treatment-decision", TreatmentDecision.class, EntryKind.TREATMENT_DECISION, null, null, "pre-procedure-checks"),
    PRE_PROCEDURE_CHECKS("pre-procedure-checks", PreProcedureChecks.class, EntryKind.PRE_PROCEDURE_CHECKS, null, "checksId", "procedures"),
    PROCEDURES("procedures", Procedure.class, EntryKind.PROCEDURE, "procedureId", "procedureId", "follow-ups"),
    COMPLICATIONS("complications", Complication.class, EntryKind.COMPLICATION, "complicationId", "complicationId", null),
    FOLLOW_UPS("follow-ups", FollowUp.class, EntryKind.FOLLOW_UP, "followUpId", "followUpId", null),
    OTHER_TREATMENTS("other-treatments", OtherTreatment.class, EntryKind.OTHER_TREATMENT, "treatmentId", "treatmentId", null),
    CLOSURE("closure", Closure.class, EntryKind.CLOSURE, null, null, null);

    final String path;
    final Class<?> content;
    final EntryKind kind;
    final String idField;
    final String clientIdField;
    final String next;

    /**
     * {@code clientIdField}: the id the form sends with a new entry (a retry with it stores nothing
     * new); {@code next}: the entry the pathway usually goes on to, which the form offers to open once
     * this one is saved.
     */
    WorkspaceEntry(String path, Class<?> content, EntryKind kind, String idField, String clientIdField, String next) {
        this.path = path;
        this.content = content;
        this.kind = kind;
        this.idField = idField;
        this.clientIdField = clientIdField;
        this.next = next;
    }

    /** The stored events holding this entry's content: the recording first, then the amendment. */
    List<String> events() {
        return StoredEvents.types().stream()
                .filter(event -> event.isRecord() && Arrays.stream(event.getRecordComponents()).anyMatch(c -> c.getType() == content))
                .sorted(Comparator.comparing((Class<?> event) -> event.getSimpleName().endsWith("Amended")).thenComparing(Class::getSimpleName))
                .map(Class::getSimpleName).toList();
    }
}
