package io.boneregistry.api.enteredinerror;

import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

/**
 * An entry, or the whole case when {@code entry} is its registration, was entered in error. It stays
 * in the history, struck through, and from here on counts nowhere: not in the guideline's judgement of
 * the case, any statistic, export, worklist or status grid. A case entered in error takes no more entries.
 */
@Revision("1")
public record EnteredInError(
        String caseId,
        EntryRef entry,
        @FreeText String errorReason) {

    public boolean wholeCase() {
        return entry.kind() == EntryKind.REGISTRATION;
    }
}
