package io.boneregistry.app.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import io.boneregistry.projections.privacy.PersonalFields;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.nio.charset.StandardCharsets;

/**
 * The event serializer, with crypto-shredding (issue 7): an event's personal fields are sealed with
 * its case's key on the way into the store and opened on the way out, so the event store never holds
 * them readable, and once the key is destroyed nothing that reads events (the aggregate, projections
 * and their rebuilds, exports, the Kafka stream, the dead-letter queue) can read them again.
 * Everything else is Axon's Jackson serializer's.
 */
class SealingSerializer implements Serializer {

    private static final byte[] MARKER = SealedFields.MARKER.getBytes(StandardCharsets.US_ASCII);

    private final Serializer delegate;
    private final SealedFields fields;
    private final CaseKeys keys;

    SealingSerializer(Serializer delegate, SealedFields fields, CaseKeys keys) {
        this.delegate = delegate;
        this.fields = fields;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (!(object instanceof Record)) return delegate.serialize(object, expectedRepresentation);
        SerializedObject<JsonNode> tree = delegate.serialize(object, JsonNode.class);
        String caseId = tree.getData().path("caseId").textValue();
        if (caseId != null && PersonalFields.holdAny(tree.getData())) fields.seal(tree.getData(), caseId, keys.forSealing(caseId));
        return getConverter().convert(tree, expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serialized) {
        if (serialized.getData() instanceof byte[] bytes && !contains(bytes, MARKER)) return delegate.deserialize(serialized);
        JsonNode tree = getConverter().convert(serialized, JsonNode.class).getData().deepCopy();
        String caseId = tree.path("caseId").textValue();
        if (caseId == null) return delegate.deserialize(serialized);
        fields.open(tree, caseId, keys.forOpening(caseId));
        return delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serialized.getType()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

    private static boolean contains(byte[] data, byte[] marker) {
        outer:
        for (int i = 0; i <= data.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) continue outer;
            }
            return true;
        }
        return false;
    }
}
