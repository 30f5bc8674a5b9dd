package io.boneregistry.app.envelope;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.boneregistry.api.biopsy.BiopsyDecided;
import io.boneregistry.api.biopsy.BiopsyDecision;
import io.boneregistry.api.closure.CaseClosed;
import io.boneregistry.api.closure.Closure;
import io.boneregistry.api.closure.ClosureReason;
import io.boneregistry.api.fixtures.ProcedureFixture;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.guideline.RuleStatus;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.registration.CaseRegistered;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import java.time.Instant;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.boneregistry.api.audit.AuditMetadata;
import io.boneregistry.api.registration.Registration;
import io.boneregistry.api.registration.Sex;
import io.boneregistry.outcomes.export.Deidentification;
import io.boneregistry.projections.privacy.PersonalFields;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class EventDeidentifierTest {

    private static final Registration REGISTRATION = new Registration("IT-BO-01", "PS-1234", 1933, Sex.FEMALE, LocalDate.of(2025, 3, 1));
    private static final LocalDate REFERRAL = REGISTRATION.referralDate();
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void everyTextFieldOfEveryEventIsClassified() {
        Set<String> unclassified = new TreeSet<>();
        new ClassFileImporter().importPackages("io.boneregistry.api").stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(Revision.class))
                .forEach(javaClass -> textFields(javaClass.reflect(), "", new HashSet<>(), unclassified));
        AuditMetadata.PROPAGATED.forEach(key -> classify(key, "", unclassified));
        classify(AuditMetadata.CORRELATION_ID, "", unclassified);
        classify("traceId", "", unclassified);

        assertThat(unclassified).as("text fields EventDeidentifier does not name").isEmpty();
    }

    @Test
    void anEnvelopeLosesWhatIdentifiesThePatientAndKeepsTheClinicalFacts() {
        ObjectNode out = export(false).envelope(event(new BiopsyDecided("case-1",
                new BiopsyDecision(LocalDate.of(2025, 3, 5), true, "histology needed, seen 2025-03-02"))), REFERRAL);
        ObjectNode registered = export(false).envelope(event(new CaseRegistered("case-1", REGISTRATION)), REFERRAL);
        ObjectNode closed = export(false).envelope(event(new CaseClosed("case-1", new Closure(LocalDate.of(2026, 3, 1), ClosureReason.DIED))), REFERRAL);

        assertThat(out + "" + registered + closed).doesNotContain("PS-1234", "case-1", "histology", "2025-03", "\"e-1\"", "\"c-1\"", "1933", "dr-rossi-note");
        assertThat(out.get("caseId").asText()).startsWith("S-").isEqualTo(out.at("/payload/caseId").asText());
        assertThat(out.get("eventId").asText()).startsWith("X-");
        assertThat(registered.at("/payload/registration/ageAtReferral").asText()).isEqualTo("90+");
        assertThat(out.at("/payload/decision/decidedOn/daysSinceReferral").asInt()).isEqualTo(4);
        assertThat(out.at("/payload/decision/decidedOn/year").asInt()).isEqualTo(2025);
        assertThat(out.at("/timestamp/daysSinceReferral").asInt()).isEqualTo(10);
        assertThat(closed.at("/payload/closure/reason").asText()).as("a code, not free text").isEqualTo("DIED");
        assertThat(out.at("/metaData/userId").asText()).isEqualTo("dr-rossi");
    }

    @Test
    void theRegistrysWordingKeepsNoDate() {
        ObjectNode out = export(false).envelope(event(new GuidelineEvaluated("case-1", null, LocalDate.of(2025, 3, 4),
                List.of(new RuleEvaluation("R-BIOPSY-1", RuleStatus.MET, "biopsy on 2025-03-04")), null, null)), REFERRAL);

        assertThat(out.at("/payload/evaluations/0/detail").asText()).isEqualTo("biopsy on [date]");
        assertThat(out.at("/payload/entryDate/daysSinceReferral").asInt()).isEqualTo(3);
    }

    @Test
    void aTextThatLooksLikeADateIsNeitherParsedNorMistakenForOne() {
        Procedure procedure = ProcedureFixture.rfaAlone();
        Procedure byOperator = new Procedure(procedure.performedOn(), "2025-02-30", procedure.anaesthesia(), procedure.guidance(),
                procedure.steps(), procedure.thermalProtection(), procedure.periostealRopivacaineMl(), procedure.technicalSuccess(),
                procedure.antiInflammatoryProphylaxis());

        ObjectNode out = export(false).envelope(event(new ProcedurePerformed("case-1", "p-1", byOperator)), REFERRAL);

        assertThat(out.at("/payload/procedure/operatorId").asText()).isEqualTo("2025-02-30");
        assertThat(out.at("/payload/procedure/performedOn/year").isInt()).isTrue();
    }

    @Test
    void freeTextStaysWhenTheExportKeepsIt() {
        ObjectNode out = export(true).envelope(event(new BiopsyDecided("case-1",
                new BiopsyDecision(LocalDate.of(2025, 3, 5), true, "histology needed"))), REFERRAL);

        assertThat(out.at("/payload/decision/reason").asText()).isEqualTo("histology needed");
    }

    @Test
    void theStreamKeepsRegistryIdsAndLeavesOutWhatIdentifiesThePatient() {
        ObjectNode out = EventDeidentifier.forStream(json).envelope(event(new CaseRegistered("case-1", REGISTRATION)), REFERRAL);

        assertThat(out.get("caseId").asText()).isEqualTo("case-1");
        assertThat(out.get("eventId").asText()).isEqualTo("e-1");
        assertThat(out.toString()).doesNotContain("PS-1234", "1933", "2025-03-01");
    }

    private EventDeidentifier export(boolean freeText) {
        return EventDeidentifier.forExport(json, Deidentification.forOneExport(freeText));
    }

    private static DomainEventMessage<?> event(Object payload) {
        return new GenericDomainEventMessage<>("BoneTumourCase", "case-1", 3, new GenericMessage<>("e-1", payload,
                MetaData.with("userId", "dr-rossi").and("reasonForChange", "dr-rossi-note").and("correlationId", "c-1")),
                () -> Instant.parse("2025-03-11T09:30:00Z"));
    }

    private static void textFields(Class<?> type, String parent, Set<Class<?>> seen, Set<String> unclassified) {
        if (!seen.add(type)) return;
        if (type.isSealed()) {
            for (Class<?> subclass : type.getPermittedSubclasses()) textFields(subclass, parent, seen, unclassified);
        }
        if (!type.isRecord()) return;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() == String.class) classify(component.getName(), parent, unclassified);
            else inner(component.getGenericType(), component.getName(), seen, unclassified);
        }
    }

    private static void inner(Type type, String name, Set<Class<?>> seen, Set<String> unclassified) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) inner(argument, name, seen, unclassified);
        } else if (type instanceof Class<?> owned && owned.getPackageName().startsWith("io.boneregistry.api")) {
            textFields(owned, name, seen, unclassified);
        }
    }

    private static void classify(String name, String parent, Set<String> unclassified) {
        boolean known = EventDeidentifier.CASE_IDS.contains(name) || EventDeidentifier.OTHER_IDS.contains(name)
                || EventDeidentifier.CODES.contains(name) || EventDeidentifier.WORDING.contains(name) || PersonalFields.isPersonal(parent, name);
        if (!known) unclassified.add(parent.isEmpty() ? name : parent + "." + name);
    }
}
