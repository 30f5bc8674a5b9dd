package io.boneregistry.api.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value that, with others, could lead back to the patient (the centre's pseudonym, the birth
 * year): sealed in the event store with the case's key, blanked by erasure, never exported as it is
 * (docs/design.md#privacy).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Identifying {
}
