package io.boneregistry.app.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.outcomes.export.Deidentification;
import io.boneregistry.projections.privacy.PersonalFields;
import org.axonframework.eventhandling.DomainEventMessage;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the identifying parts out of an event's envelope, field by field: the birth year becomes the
 * age at referral, every other identifying field (the pseudonym) goes, every date (and timestamp) the days since referral plus
 * the year, free text goes unless asked for, and, in an export, the case id becomes the export's
 * study id and other registry ids pseudonymous ids. Dates are found by their Java type, never by
 * what a text looks like, so no value the registry accepted can be mistaken for one (or break the
 * export). Every field an event can hold is named here; a test keeps it so as events change.
 */
public final class EventDeidentifier {

    static final Set<String> CASE_IDS = Set.of("caseId");
    static final Set<String> OTHER_IDS = Set.of("eventId", "procedureId", "followUpId", "complicationId", "checksId", "treatmentId", "entryId",
            "correlationId", "traceId");
    /** Codes and identifiers of staff and rules, none of them about who the patient is: kept as they are. */
    static final Set<String> CODES = Set.of("centreId", "operatorId", "ruleId", "userId", "userName", "role", "type", "revision", "reason");
    /** The registry's own wording: kept, with any date inside it replaced. */
    static final Set<String> WORDING = Set.of("detail");

    private static final String DATE = "@date";
    private static final String INSTANT = "@instant";
    private static final Pattern DATE_INSIDE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+Z?)?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper typed;
    private final Deidentification ids;
    private final boolean freeText;

    private EventDeidentifier(ObjectMapper json, Deidentification ids, boolean freeText) {
        this.typed = json.copy().registerModule(new SimpleModule("typed-dates")
                .addSerializer(LocalDate.class, marker(DATE))
                .addSerializer(Instant.class, marker(INSTANT)));
        this.ids = ids;
        this.freeText = freeText;
    }

    /** For an export: ids replaced by this export's study and pseudonymous ids. */
    public static EventDeidentifier forExport(ObjectMapper json, Deidentification deidentification) {
        return new EventDeidentifier(json, deidentification, deidentification.keepsFreeText());
    }

    /** For the live stream: registry ids kept (consumers follow a case across events), free text left out. */
    public static EventDeidentifier forStream(ObjectMapper json) {
        return new EventDeidentifier(json, null, false);
    }

    /** The event's envelope with every identifying part replaced; {@code referralDate} is its case's: day 0, and the age's year. */
    public ObjectNode envelope(DomainEventMessage<?> event, LocalDate referralDate) {
        ObjectNode envelope = EventEnvelope.of(typed, event);
        envelope.set("timestamp", typed.valueToTree(event.getTimestamp()));
        return (ObjectNode) scrub("", envelope, referralDate);
    }

    private JsonNode scrub(String parent, JsonNode node, LocalDate referralDate) {
        if (isMarked(node, DATE)) return day(LocalDate.parse(node.get(DATE).asText()), referralDate);
        if (isMarked(node, INSTANT)) return day(Instant.parse(node.get(INSTANT).asText()).atZone(ZoneOffset.UTC).toLocalDate(), referralDate);
        if (node.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : fields(node)) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (name.equals(PersonalFields.BIRTH_YEAR)) {
                    out.put("ageAtReferral", value.canConvertToInt()
                            ? Deidentification.ageAtReferral(value.asInt(), referralDate) : null);
                } else if (PersonalFields.isIdentifying(parent, name) || PersonalFields.isFreeText(parent, name) && !freeText) {
                    continue;
                } else if (ids != null && CASE_IDS.contains(name) && value.isTextual()) {
                    out.put(name, ids.studyId(value.asText()));
                } else if (ids != null && OTHER_IDS.contains(name) && value.isTextual()) {
                    out.put(name, ids.pseudonymousId(value.asText()));
                } else if (value.isTextual() && (CODES.contains(name) || CASE_IDS.contains(name) || OTHER_IDS.contains(name))) {
                    out.set(name, value);
                } else {
                    out.set(name, scrub(name, value, referralDate));
                }
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(item -> out.add(scrub(parent, item, referralDate)));
            return out;
        }
        if (node.isTextual()) return NODES.textNode(DATE_INSIDE_TEXT.matcher(node.asText()).replaceAll("[date]"));
        return node;
    }

    private static boolean isMarked(JsonNode node, String kind) {
        return node.isObject() && node.size() == 1 && node.path(kind).isTextual();
    }

    private static ObjectNode day(LocalDate date, LocalDate referralDate) {
        ObjectNode day = NODES.objectNode();
        day.put("daysSinceReferral", Deidentification.daysSinceReferral(referralDate, date));
        day.put("year", date.getYear());
        return day;
    }

    private static <T> JsonSerializer<T> marker(String kind) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator out, SerializerProvider serializers) throws IOException {
                out.writeStartObject();
                out.writeStringField(kind, value.toString());
                out.writeEndObject();
            }
        };
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        return fields;
    }
}
