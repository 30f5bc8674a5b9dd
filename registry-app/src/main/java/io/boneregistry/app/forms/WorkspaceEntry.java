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
    CASES("cases", Registration.class, EntryKind.REGISTRATION, null, "caseId"),
    ASSESSMENT("assessment", Assessment.class, EntryKind.ASSESSMENT, null),
    BIOPSY_DECISION("biopsy-decision", BiopsyDecision.class, EntryKind.BIOPSY_DECISION, null),
    BIOPSY("biopsy", BiopsyResult.class, EntryKind.BIOPSY, null),
    TREATMENT_DECISION("treatment-decision", TreatmentDecision.class, EntryKind.TREATMENT_DECISION, null),
    PRE_PROCEDURE_CHECKS("pre-procedure-checks", PreProcedureChecks.class, EntryKind.PRE_PROCEDURE_CHECKS, null, "checksId"),
    PROCEDURES("procedures", Procedure.class, EntryKind.PROCEDURE, "procedureId"),
    COMPLICATIONS("complications", Complication.class, EntryKind.COMPLICATION, "complicationId"),
    FOLLOW_UPS("follow-ups", FollowUp.class, EntryKind.FOLLOW_UP, "followUpId"),
    OTHER_TREATMENTS("other-treatments", OtherTreatment.class, EntryKind.OTHER_TREATMENT, "treatmentId"),
    CLOSURE("closure", Closure.class, EntryKind.CLOSURE, null);

    final String path;
    final Class<?> content;
    final EntryKind kind;
    final String idField;
    final String clientIdField;

    WorkspaceEntry(String path, Class<?> content, EntryKind kind, String idField) {
        this(path, content, kind, idField, idField);
    }

    /** {@code clientIdField}: the id the form sends with a new entry (a retry with it stores nothing new). */
    WorkspaceEntry(String path, Class<?> content, EntryKind kind, String idField, String clientIdField) {
        this.path = path;
        this.content = content;
        this.kind = kind;
        this.idField = idField;
        this.clientIdField = clientIdField;
    }

    /** The stored events holding this entry's content: the recording first, then the amendment. */
    List<String> events() {
        return StoredEvents.types().stream()
                .filter(event -> event.isRecord() && Arrays.stream(event.getRecordComponents()).anyMatch(c -> c.getType() == content))
                .sorted(Comparator.comparing((Class<?> event) -> event.getSimpleName().endsWith("Amended")).thenComparing(Class::getSimpleName))
                .map(Class::getSimpleName).toList();
    }
}
