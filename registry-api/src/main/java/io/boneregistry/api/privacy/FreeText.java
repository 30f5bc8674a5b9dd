package io.boneregistry.api.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person wrote, which may name anyone: sealed in the event store with the case's key, blanked
 * by erasure, and left out of every export unless a registry manager asks for free text. The one
 * declaration the sealing, erasure, de-identification and the analysis CSV read (docs/design.md#privacy).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface FreeText {
}
