package io.boneregistry.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.complication.ComplicationAmended;
import io.boneregistry.api.complication.ComplicationRecorded;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * {@link ComplicationRecorded} and {@link ComplicationAmended} revision 1 to 2: a complication may
 * name the technique step it followed, its timing and its resolution (issue 14, point 2). A
 * complication stored before says none of them: it reads with the three left empty, as it was meant.
 */
@Component
@Order(1)
public class ComplicationsNameStepTimingAndEnd extends SingleEventUpcaster {

    private static final Set<String> TYPES = Set.of(ComplicationRecorded.class.getName(), ComplicationAmended.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPES.contains(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), "2"), JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            if (upcast.get("complication") instanceof ObjectNode complication) {
                complication.putNull("followsStep");
                complication.putNull("timing");
                complication.putNull("resolution");
            }
            return upcast;
        });
    }
}
