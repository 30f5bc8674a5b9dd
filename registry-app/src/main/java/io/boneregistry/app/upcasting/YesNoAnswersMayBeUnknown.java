package io.boneregistry.app.upcasting;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.AssessmentRecorded;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.assessment.PrimaryTumour;
import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.checks.PreProcedureChecksAmended;
import io.boneregistry.api.checks.PreProcedureChecksCompleted;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.api.procedure.EthanolStep;
import io.boneregistry.api.procedure.Leakage;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.procedure.RfIonizationStep;
import io.boneregistry.api.procedure.RfaStep;
import io.boneregistry.api.procedure.ThermalProtection;
import io.boneregistry.api.treatment.TreatmentDecided;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.api.treatment.TreatmentDecisionAmended;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Issue 26: a yes/no question left unanswered is stored as unknown (null). Until then these answers
 * were Java primitives, so one a client left out was stored as "no", and every stored event says so
 * explicitly. The revisions that follow ({@link AssessmentRecorded} 3 to 4, {@link TreatmentDecided}
 * 1 to 2, {@link PreProcedureChecksCompleted} 2 to 3, {@link ProcedurePerformed} 3 to 4, and their
 * amendments) may say "not known"; what was stored before reads as it did: any of these answers
 * found absent or null in an older event reads as no.
 */
@Component
@Order(8)
public class YesNoAnswersMayBeUnknown extends SingleEventUpcaster {

    /** The answers that were primitives, by the record that holds them. */
    static final Map<Class<?>, List<String>> STORED_AS_NO_WHEN_LEFT_OUT = Map.ofEntries(
            Map.entry(Assessment.class, List.of("totalBodyImaging3d")),
            Map.entry(Lesion.class, List.of("softTissueExtension", "spinalCanalExtension", "epiduralExtension",
                    "posteriorWallRupture", "intraArticular", "fractureRisk", "aggressive")),
            Map.entry(PrimaryTumour.class, List.of("occult", "multiplePrimaries", "secondaryDoubtful")),
            Map.entry(TreatmentDecision.class, List.of("mdt", "consolidationNeeded", "debulkingNeeded")),
            Map.entry(PreProcedureChecks.class, List.of("antibioticProphylaxis")),
            Map.entry(CementoplastyStep.class, List.of("realTimeImaging", "delayedUntilNormothermia")),
            Map.entry(EthanolStep.class, List.of("contrastTestInjection")),
            Map.entry(RfaStep.class, List.of("coaxialBoneNeedle")),
            Map.entry(RfIonizationStep.class, List.of("followedByCement")),
            Map.entry(ThermalProtection.class, List.of("thermocouple")),
            Map.entry(Leakage.class, List.of("observed", "symptomatic")));

    private record Change(String from, String to, String entry, Class<?> content) {
    }

    private static final Map<String, Change> CHANGES = Map.of(
            AssessmentRecorded.class.getName(), new Change("3", "4", "assessment", Assessment.class),
            AssessmentAmended.class.getName(), new Change("3", "4", "assessment", Assessment.class),
            TreatmentDecided.class.getName(), new Change("1", "2", "decision", TreatmentDecision.class),
            TreatmentDecisionAmended.class.getName(), new Change("1", "2", "decision", TreatmentDecision.class),
            PreProcedureChecksCompleted.class.getName(), new Change("2", "3", "checks", PreProcedureChecks.class),
            PreProcedureChecksAmended.class.getName(), new Change("2", "3", "checks", PreProcedureChecks.class),
            ProcedurePerformed.class.getName(), new Change("3", "4", "procedure", Procedure.class),
            ProcedureAmended.class.getName(), new Change("3", "4", "procedure", Procedure.class));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        Change change = CHANGES.get(event.getType().getName());
        return change != null && change.from().equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        Change change = CHANGES.get(event.getType().getName());
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), change.to()), JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            readLeftOutAsNo(upcast.get(change.entry()), change.content());
            return upcast;
        });
    }

    /** Walks the JSON beside the record it holds, into nested records, lists of them and technique steps. */
    private static void readLeftOutAsNo(JsonNode node, Class<?> type) {
        if (!(node instanceof ObjectNode object)) return;
        Class<?> concrete = concrete(object, type);
        for (String answer : STORED_AS_NO_WHEN_LEFT_OUT.getOrDefault(concrete, List.of())) {
            if (!object.hasNonNull(answer)) object.put(answer, false);
        }
        if (!concrete.isRecord()) return;
        for (RecordComponent component : concrete.getRecordComponents()) {
            JsonNode child = object.get(component.getName());
            if (child == null) continue;
            if (component.getType() == List.class && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> item) {
                child.forEach(element -> readLeftOutAsNo(element, item));
            } else {
                readLeftOutAsNo(child, component.getType());
            }
        }
    }

    /** A technique step's own record, told by its discriminator. */
    private static Class<?> concrete(ObjectNode object, Class<?> type) {
        JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
        if (info == null) return type;
        String name = object.path(info.property()).asText();
        for (JsonSubTypes.Type subtype : type.getAnnotation(JsonSubTypes.class).value()) {
            if (subtype.name().equals(name)) return subtype.value();
        }
        return type;
    }
}
