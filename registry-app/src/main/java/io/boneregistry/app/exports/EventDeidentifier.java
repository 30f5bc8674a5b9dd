package io.boneregistry.app.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.registration.Registration;
import io.boneregistry.outcomes.export.Deidentification;
import io.boneregistry.projections.privacy.PersonalFields;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the identifying parts out of an event envelope, field by field: the case id becomes the
 * export's study id, other registry ids pseudonymous ids, the pseudonym goes, the birth year
 * becomes the age at referral, every date (and timestamp) the days since referral plus the year,
 * and free text goes unless the export keeps it. Every field an event can hold is named here;
 * a test keeps it so as events change.
 */
final class EventDeidentifier {

    static final Set<String> CASE_IDS = Set.of("caseId");
    static final Set<String> OTHER_IDS = Set.of("eventId", "procedureId", "followUpId", "complicationId", "checksId", "entryId",
            "correlationId", "traceId");
    /**
     * Text that is kept: codes and the registry's own wording, none of it about who the patient is;
     * "reason" is an erasure's (a registry manager's administrative record) or a closure's code, while
     * a biopsy decision's reason is free text (PersonalFields).
     */
    static final Set<String> KEPT = Set.of("centreId", "operatorId", "ruleId", "detail", "userId", "role", "type", "revision", "reason");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern DATE_INSIDE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+Z?)?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Deidentification deidentification;

    EventDeidentifier(Deidentification deidentification) {
        this.deidentification = deidentification;
    }

    /** The envelope with every identifying part replaced; {@code registration} is the case's, for day 0 and the age. */
    ObjectNode apply(ObjectNode envelope, Registration registration) {
        return (ObjectNode) scrub("", envelope, registration);
    }

    private JsonNode scrub(String parent, JsonNode node, Registration registration) {
        if (node.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : iterable(node)) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                boolean freeText = PersonalFields.isFreeText(parent, name);
                if (name.equals(PersonalFields.PSEUDONYM) || freeText && !deidentification.keepsFreeText()) continue;
                if (name.equals(PersonalFields.BIRTH_YEAR)) {
                    out.set("ageAtReferral", value.canConvertToInt()
                            ? NODES.textNode(Deidentification.ageAtReferral(value.asInt(), registration.referralDate())) : NODES.nullNode());
                } else if (CASE_IDS.contains(name) && value.isTextual()) {
                    out.put(name, deidentification.studyId(value.asText()));
                } else if (OTHER_IDS.contains(name) && value.isTextual()) {
                    out.put(name, deidentification.pseudonymousId(value.asText()));
                } else {
                    out.set(name, scrub(name, value, registration));
                }
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(item -> out.add(scrub(parent, item, registration)));
            return out;
        }
        if (node.isTextual()) return text(node.asText(), registration);
        return node;
    }

    private JsonNode text(String text, Registration registration) {
        if (DATE.matcher(text).matches()) return day(LocalDate.parse(text), registration);
        if (TIMESTAMP.matcher(text).matches()) return day(Instant.parse(text).atZone(ZoneOffset.UTC).toLocalDate(), registration);
        return NODES.textNode(DATE_INSIDE_TEXT.matcher(text).replaceAll("[date]"));
    }

    private static ObjectNode day(LocalDate date, Registration registration) {
        ObjectNode day = NODES.objectNode();
        day.put("daysSinceReferral", Deidentification.daysSinceReferral(registration.referralDate(), date));
        day.put("year", date.getYear());
        return day;
    }

    private static List<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        return fields;
    }
}
