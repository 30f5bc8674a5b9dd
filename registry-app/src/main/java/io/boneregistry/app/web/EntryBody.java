package io.boneregistry.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link Entry} parameter read from a write's JSON body: the entry's content plus the
 * envelope fields every write may carry (justification, reason for change, the client's own id).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface EntryBody {

    /**
     * The body field in which a client may send its own UUID for the entry; empty if none. On an
     * amendment the field may repeat the entry's id from the path (as a form read it): equal is
     * accepted, different refused.
     */
    String idField() default "";

    /** An amendment: its "reasonForChange" is mandatory. */
    boolean amendment() default false;
}
