package io.boneregistry.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text a person typed: any letters, digits, punctuation and line breaks, but no control
 * characters and no broken Unicode, which no clinician means and which break the files the text
 * later travels in (CSV, PDF, FHIR, terminals).
 */
@Documented
@Constraint(validatedBy = PrintableTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PrintableText {

    String message() default PrintableTextValidator.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
