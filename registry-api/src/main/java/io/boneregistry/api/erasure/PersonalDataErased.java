package io.boneregistry.api.erasure;

import org.axonframework.serialization.Revision;

/**
 * The patient's personal fields of this case (pseudonym, birth year, free text) were erased: their
 * key is destroyed, so no earlier or later event of the case yields them again. The clinical facts stay.
 */
@Revision("1")
public record PersonalDataErased(
        String caseId,
        String reason) {
}
