package io.boneregistry.app.forms;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One input of an entry form, as the workspace draws it: {@code name} is the field's JSON path in
 * the API body; {@code kind} one of text, longText, date, integer, number, boolean, choice (one
 * enumeration value), choices (several), group (a nested record), list (repeated records), steps
 * (repeated records of several kinds told apart by {@code discriminator}), procedure (one of the
 * case's procedures). Every input starts empty: a question left unanswered is stored as unknown.
 * {@code askedWhen}: the input is shown only while one of these answers holds (the record's
 * {@link io.boneregistry.api.answers.AskedWhen}); {@code supplementary}: left empty, the entry is still complete.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldSpec(String name, String kind, boolean required, Double min, Double max, Boolean pastOrPresent,
                        Integer maxLength, String unit, List<String> values, List<FieldSpec> fields,
                        String discriminator, Map<String, List<FieldSpec>> variants, List<Condition> askedWhen,
                        Boolean supplementary) {

    /** Shown while the answer at {@code field} (a sibling, or from the entry's root when it starts with "/") is one of {@code is}. */
    public record Condition(String field, List<String> is) {
    }
}
