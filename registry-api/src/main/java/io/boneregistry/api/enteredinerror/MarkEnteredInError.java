package io.boneregistry.api.enteredinerror;

import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A clinician's statement that an entry, or the whole case ({@link EntryRef#single} of REGISTRATION),
 * should never have been recorded: a duplicate, the wrong patient, a procedure logged twice. Unlike an
 * amendment it corrects nothing; unlike an erasure it keeps every fact, struck through. A complication
 * is named with the procedure it was recorded under ({@code procedureId}, null for other entries).
 */
public record MarkEnteredInError(
        @TargetAggregateIdentifier String caseId,
        @NotNull EntryRef entry,
        String procedureId,
        @NotBlank @PrintableText @Size(max = 2000) @FreeText String reason) {

    public MarkEnteredInError(String caseId, EntryRef entry, String reason) {
        this(caseId, entry, null, reason);
    }

    public boolean wholeCase() {
        return entry.kind() == EntryKind.REGISTRATION;
    }
}
