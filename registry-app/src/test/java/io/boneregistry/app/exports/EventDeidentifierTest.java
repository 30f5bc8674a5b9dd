package io.boneregistry.app.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final ObjectMapper json = new ObjectMapper();

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
    void anEnvelopeLosesWhatIdentifiesThePatientAndKeepsTheClinicalFacts() throws Exception {
        ObjectNode envelope = (ObjectNode) json.readTree("""
                {"position": 7, "eventId": "e-1", "caseId": "case-1", "timestamp": "2025-03-11T09:30:00Z",
                 "metaData": {"userId": "dr-rossi", "reasonForChange": "typo 2025-03-02", "correlationId": "c-1"},
                 "payload": {"caseId": "case-1", "registration": {"centreId": "IT-BO-01", "patientPseudonym": "PS-1234",
                   "birthYear": 1933, "sex": "FEMALE", "referralDate": "2025-03-01"},
                   "decision": {"decidedOn": "2025-03-05", "biopsy": true, "reason": "histology needed"},
                   "closure": {"closedOn": "2026-03-01", "reason": "DIED"},
                   "evaluations": [{"ruleId": "R-BIOPSY-1", "detail": "biopsy on 2025-03-04"}]}}""");

        ObjectNode out = new EventDeidentifier(Deidentification.forOneExport(false)).apply(envelope, REGISTRATION);
        String text = out.toString();

        assertThat(text).doesNotContain("PS-1234", "case-1", "histology needed", "typo", "2025-03", "\"e-1\"", "\"c-1\"", "1933");
        assertThat(out.get("position").asInt()).isEqualTo(7);
        assertThat(out.get("caseId").asText()).startsWith("S-").isEqualTo(out.at("/payload/caseId").asText());
        assertThat(out.at("/payload/registration/ageAtReferral").asText()).isEqualTo("90+");
        assertThat(out.at("/payload/decision/decidedOn/daysSinceReferral").asInt()).isEqualTo(4);
        assertThat(out.at("/payload/decision/decidedOn/year").asInt()).isEqualTo(2025);
        assertThat(out.at("/timestamp/daysSinceReferral").asInt()).isEqualTo(10);
        assertThat(out.at("/payload/closure/reason").asText()).as("a code, not free text").isEqualTo("DIED");
        assertThat(out.at("/payload/evaluations/0/detail").asText()).isEqualTo("biopsy on [date]");
        assertThat(out.at("/metaData/userId").asText()).isEqualTo("dr-rossi");
    }

    @Test
    void freeTextStaysWhenTheExportKeepsIt() throws Exception {
        ObjectNode envelope = (ObjectNode) json.readTree("{\"payload\": {\"decision\": {\"reason\": \"histology needed\"}}}");

        ObjectNode out = new EventDeidentifier(Deidentification.forOneExport(true)).apply(envelope, REGISTRATION);

        assertThat(out.at("/payload/decision/reason").asText()).isEqualTo("histology needed");
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
                || EventDeidentifier.KEPT.contains(name) || PersonalFields.isPersonal(parent, name);
        if (!known) unclassified.add(parent.isEmpty() ? name : parent + "." + name);
    }
}
