package io.boneregistry.app.forms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceEntryTest {

    @Test
    void eachEntryIsRecordedThenAmendedByTheEventsCarryingItsContent() {
        assertThat(WorkspaceEntry.ASSESSMENT.events()).containsExactly("AssessmentRecorded", "AssessmentAmended");
        assertThat(WorkspaceEntry.BIOPSY_DECISION.events()).containsExactly("BiopsyDecided", "BiopsyDecisionAmended");
        assertThat(WorkspaceEntry.TREATMENT_DECISION.events()).containsExactly("TreatmentDecided", "TreatmentDecisionAmended");
        assertThat(WorkspaceEntry.COMPLICATIONS.events()).containsExactly("ComplicationRecorded", "ComplicationAmended");
        assertThat(WorkspaceEntry.CASES.events()).containsExactly("CaseRegistered");
        assertThat(WorkspaceEntry.CLOSURE.events()).containsExactly("CaseClosed");
        for (WorkspaceEntry entry : WorkspaceEntry.values()) assertThat(entry.events()).as(entry.path).isNotEmpty();
    }
}
