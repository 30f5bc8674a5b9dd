package io.boneregistry.projections.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What in an entry is about the patient rather than the disease: the centre's pseudonym, the birth
 * year, and every free text (which may name anyone). One definition for everything that protects them:
 * the event store seals them with the case's key, erasure blanks them in read models, exports leave
 * them out. Fields are matched by name, or by parent and name where the name alone also means a code
 * ({@code decision.reason} is free text, {@code closure.reason} a code).
 */
public final class PersonalFields {

    public static final String PSEUDONYM = "patientPseudonym";
    public static final String BIRTH_YEAR = "birthYear";
    private static final Set<String> IDENTIFYING = Set.of(PSEUDONYM, BIRTH_YEAR);
    private static final Set<String> FREE_TEXT = Set.of("justification", "reasonForChange", "painOrigin", "description", "decision.reason",
            "erasureReason");

    private PersonalFields() {
    }

    public static boolean isFreeText(String parent, String name) {
        return FREE_TEXT.contains(name) || FREE_TEXT.contains(parent + "." + name);
    }

    public static boolean isPersonal(String parent, String name) {
        return IDENTIFYING.contains(name) || isFreeText(parent, name);
    }

    /** Replaces, in place, every personal value that is not null by what {@code change} makes of it. */
    public static void replace(JsonNode tree, UnaryOperator<JsonNode> change) {
        replace(null, tree, change);
    }

    /** Whether the tree holds any personal value that is not null (so there is something to protect). */
    public static boolean holdAny(JsonNode tree) {
        boolean[] found = {false};
        replace(tree, value -> {
            found[0] = true;
            return value;
        });
        return found[0];
    }

    /** Blanks every personal value, in place: what erasure leaves of a read model's document. */
    public static void erase(JsonNode tree) {
        replace(tree, value -> NullNode.instance);
    }

    private static void replace(String parent, JsonNode node, UnaryOperator<JsonNode> change) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                JsonNode value = field.getValue();
                if (isPersonal(parent, field.getKey()) && !value.isNull() && !value.isContainerNode()) {
                    object.set(field.getKey(), change.apply(value));
                } else {
                    replace(field.getKey(), value, change);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(element -> replace(parent, element, change));
        }
    }
}
