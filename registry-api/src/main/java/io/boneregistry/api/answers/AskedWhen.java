package io.boneregistry.api.answers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A question that applies only when another answer is one of {@code is}: the forms show it only
 * then, and an entry is not incomplete for leaving it out otherwise (REDCap calls it branching logic).
 * {@code field} names a sibling of the annotated component, or, starting with "/", a field of the whole
 * entry; {@code steps[].technique} holds when any item of the list does. Values are written as the
 * JSON says them: an enumeration's name, or {@code true}. Repeated, any one holding is enough.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Repeatable(AskedWhen.AnyOf.class)
public @interface AskedWhen {

    String field();

    String[] is();

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @interface AnyOf {
        AskedWhen[] value();
    }
}
