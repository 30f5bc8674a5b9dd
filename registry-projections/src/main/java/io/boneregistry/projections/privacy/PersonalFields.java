package io.boneregistry.projections.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What in an entry is about the patient rather than the disease: the centre's pseudonym, the birth
 * year, and every free text (which may name anyone), as the messages declare them
 * ({@link io.boneregistry.api.privacy.FreeText}, {@link io.boneregistry.api.privacy.Identifying};
 * {@link DeclaredNames}). Everything that protects them reads it here: the event store seals them with
 * the case's key, erasure blanks them in read models, exports leave them out. Fields are matched by
 * name, or by parent and name where the name alone also means a code.
 */
public final class PersonalFields {

    public static final String PSEUDONYM = "patientPseudonym";
    public static final String BIRTH_YEAR = "birthYear";
    private static final DeclaredNames DECLARED = DeclaredNames.ofStoredEvents();

    private PersonalFields() {
    }

    public static boolean isFreeText(String parent, String name) {
        return DECLARED.freeText().contains(name) || DECLARED.freeText().contains(parent + "." + name);
    }

    public static boolean isIdentifying(String parent, String name) {
        return DECLARED.identifying().contains(name) || DECLARED.identifying().contains(parent + "." + name);
    }

    public static boolean isPersonal(String parent, String name) {
        return isIdentifying(parent, name) || isFreeText(parent, name);
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
