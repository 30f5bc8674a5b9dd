package io.boneregistry.api.erasure;

import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

/**
 * The patient's personal fields of this case (pseudonym, birth year, free text) were erased: their
 * key is destroyed, so no earlier or later event of the case yields them again. The clinical facts stay.
 * The erasure's reason is free text like any other (it may name the patient), sealed with the case's
 * key and so erased with the rest; who erased, and when, stays in the audit trail. Revision 1 called
 * it {@code reason}, which read as a code.
 */
@Revision("2")
public record PersonalDataErased(
        String caseId,
        @FreeText String erasureReason) {
}
