package io.boneregistry.api.answers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An answer an entry may do without and still be complete: left out, it means something on its own
 * (a step naming no site treats the index lesion) or it is only sometimes known (imaging at a visit,
 * a laboratory value beside its "normal" reading). Every other optional answer left out is missing data.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Supplementary {
}
