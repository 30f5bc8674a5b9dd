package io.boneregistry.app.upcasting;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event's revision that only added optional fields to the entry it carries (or to each item of
 * a list in it): what was stored before says none of them, so it reads with them empty (null), as
 * it was meant.
 */
abstract class NewFieldsReadAsUnknown extends SingleEventUpcaster {

    private final Set<String> types;
    private final String from;
    private final String to;
    private final JsonPointer entry;
    private final JsonPointer inEachItem;
    private final List<String> added;

    /**
     * Events of {@code types} at revision {@code from} become {@code to}; {@code entry} points (JSON
     * Pointer) at the payload's object gaining {@code added}, or at a list whose every object does.
     */
    NewFieldsReadAsUnknown(Set<Class<?>> types, String from, String to, String entry, List<String> added) {
        this(types, from, to, entry, "", added);
    }

    /** As above, where {@code entry} is a list and the object gaining the fields is at {@code inEachItem} within each item. */
    NewFieldsReadAsUnknown(Set<Class<?>> types, String from, String to, String entry, String inEachItem, List<String> added) {
        this.types = types.stream().map(Class::getName).collect(Collectors.toSet());
        this.from = from;
        this.to = to;
        this.entry = JsonPointer.compile(entry);
        this.inEachItem = JsonPointer.compile(inEachItem);
        this.added = added;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return types.contains(event.getType().getName()) && from.equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), to), JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            JsonNode gaining = upcast.at(entry);
            if (gaining instanceof ObjectNode object) added.forEach(object::putNull);
            if (gaining instanceof ArrayNode items) items.forEach(item -> {
                if (item.at(inEachItem) instanceof ObjectNode object) added.forEach(object::putNull);
            });
            return upcast;
        });
    }
}
