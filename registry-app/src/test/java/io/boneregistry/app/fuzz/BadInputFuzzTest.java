package io.boneregistry.app.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static io.boneregistry.api.fixtures.CaseFixture.*;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of bad requests to every write and to the reading endpoints' parameters (issue 15),
 * generated from the OpenAPI document the registry publishes: for every field of every body, each
 * way of breaking what its schema declares (a required field missing or null, a value of the wrong
 * type, a code not in its list, a number past its bounds, a text past its length, a malformed
 * date, a field the schema does not have), then seeded random combinations of them. Every one is
 * answered 400 with a problem naming a field, none with a 5xx, and the event store holds exactly
 * what it held before.
 */
@RegistryTest
class BadInputFuzzTest {

    private static final int RANDOM_COMBINATIONS = 4000;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcTemplate jdbc;
    private JsonNode openApi;

    @Test
    void everyGeneratedBadBodyIsRefusedNamingAFieldAndNothingIsStored() throws Exception {
        openApi = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        Map<String, Write> writes = writesOnACaseWithAProcedure();
        long eventsBefore = events();

        List<Mutant> mutants = new ArrayList<>();
        writes.values().forEach(write -> mutations(write.body(), schemaOf(write), "", mutants, write));
        List<Mutant> single = List.copyOf(mutants);
        Random random = new Random(15);
        for (int i = 0; i < RANDOM_COMBINATIONS; i++) {
            Mutant first = single.get(random.nextInt(single.size()));
            Mutant second = single.stream().filter(m -> m.write() == first.write()).skip(random.nextInt(50)).findFirst().orElse(first);
            mutants.add(first.then(second));
        }

        List<String> wrong = new ArrayList<>();
        for (Mutant mutant : mutants) {
            MockHttpServletResponse answer = send(mutant.write().method(), mutant.write().path(), mutant.body().toString());
            if (answer.getStatus() != 400 || !namesAField(answer)) {
                wrong.add(mutant.describe() + " -> " + answer.getStatus() + " " + answer.getContentAsString());
            }
        }
        int queries = badQueries(wrong);
        System.out.printf("[fuzz] %d bad bodies to %d writes and %d bad query strings: %d answered otherwise than 400 naming a field%n",
                mutants.size(), writes.size(), queries, wrong.size());
        assertThat(wrong).as("answered otherwise than 400 with a problem naming a field").isEmpty();
        assertThat(events()).as("nothing stored").isEqualTo(eventsBefore);
    }

    /** Each reading endpoint's typed parameters given values of the wrong kind. */
    private int badQueries(List<String> wrong) throws Exception {
        List<String> queries = new ArrayList<>();
        for (String path : List.of("/api/outcomes/benchmarks", "/api/outcomes/dataset", "/api/exports/analysis.csv",
                "/api/exports/treated-levels.csv", "/api/quality/conformance", "/api/cases")) {
            for (String parameter : List.of("from=2026-13-40", "to=yesterday", "technique=LOBOTOMY", "combined=perhaps",
                    "otherTreatment=sometimes", "painReductionThreshold=half", "painWindowTarget=-5", "page=-1", "size=abc",
                    "from=2026-05-01&to=2026-01-01", "stage=NOWHERE")) {
                queries.add(path + "?" + parameter);
            }
        }
        int sent = 0;
        for (String query : queries) {
            MockHttpServletResponse answer = mvc.perform(MockMvcRequestBuilders.get(query).header("Authorization", as(MANAGER)))
                    .andReturn().getResponse();
            sent++;
            if (answer.getStatus() >= 500) wrong.add(query + " -> " + answer.getStatus());
            else if (answer.getStatus() == 400 && !namesAField(answer)) wrong.add(query + " -> 400 naming no field");
        }
        return sent;
    }

    private record Write(String method, String path, String template, ObjectNode body) {
    }

    /** One way of breaking a body: a change to the object at {@code at} (a dotted path; empty for the body itself). */
    private record Breach(String at, String how, Consumer<ObjectNode> change) {
        boolean applyTo(ObjectNode body) {
            JsonNode target = at.isEmpty() ? body : body.at("/" + at.replace(".", "/").replaceAll("\\[(\\d+)]", "/$1"));
            if (!(target instanceof ObjectNode object)) return false;
            change.accept(object);
            return true;
        }
    }

    /** A valid body made invalid by one or more breaches, applied in order to a copy of it. */
    private record Mutant(Write write, List<Breach> breaches) {
        Mutant then(Mutant other) {
            if (other.write() != write || other.breaches().equals(breaches)) return this;
            List<Breach> both = new ArrayList<>(breaches);
            both.addAll(other.breaches());
            return new Mutant(write, both);
        }

        ObjectNode body() {
            ObjectNode body = write.body().deepCopy();
            breaches.forEach(breach -> breach.applyTo(body));
            return body;
        }

        String describe() {
            return write.method() + " " + write.template() + ": " + breaches.stream().map(Breach::how).collect(Collectors.joining(" and "));
        }
    }

    /** Every single mutation the schema allows at {@code node} (and below), each on a copy of the whole body. */
    private void mutations(ObjectNode node, JsonNode schema, String at, List<Mutant> out, Write write) {
        JsonNode properties = schema.path("properties");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        add(out, write, at, "a field the schema does not have", target -> target.put("zzUnknownField", 1));
        for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode property = resolve(field.getValue());
            String path = at.isEmpty() ? name : at + "." + name;
            if (required.contains(name)) {
                add(out, write, at, path + " missing", target -> target.remove(name));
                add(out, write, at, path + " null", target -> target.putNull(name));
            }
            String type = property.path("type").asText(property.has("properties") ? "object" : "");
            switch (type) {
                case "integer", "number" -> {
                    add(out, write, at, path + " not a number", target -> target.put(name, "not-a-number"));
                    if (property.has("maximum")) add(out, write, at, path + " above its maximum",
                            target -> target.put(name, property.get("maximum").asLong() + 1));
                    if (property.has("minimum")) add(out, write, at, path + " below its minimum",
                            target -> target.put(name, property.get("minimum").asLong() - 1));
                }
                case "boolean" -> add(out, write, at, path + " not true or false", target -> target.put(name, "maybe"));
                case "string" -> {
                    add(out, write, at, path + " an object where text belongs", target -> target.putObject(name).put("x", 1));
                    if (property.has("enum")) add(out, write, at, path + " a code not in its list", target -> target.put(name, "NOT_A_CODE"));
                    if ("date".equals(property.path("format").asText())) add(out, write, at, path + " a date that does not exist",
                            target -> target.put(name, "2026-02-30"));
                    if (property.has("maxLength")) add(out, write, at, path + " longer than allowed",
                            target -> target.put(name, "a".repeat(property.get("maxLength").asInt() + 1)));
                }
                case "array" -> {
                    add(out, write, at, path + " a text where a list belongs", target -> target.put(name, "not-a-list"));
                    JsonNode items = resolve(property.path("items"));
                    if (items.has("enum")) add(out, write, at, path + " a code not in its list", target -> target.putArray(name).add("NOT_A_CODE"));
                    JsonNode first = node.path(name).path(0);
                    if (first instanceof ObjectNode item) mutations(item, pick(items, item), path + "[0]", out, write);
                }
                case "object" -> {
                    add(out, write, at, path + " a number where an object belongs", target -> target.put(name, 42));
                    if (node.get(name) instanceof ObjectNode inner) mutations(inner, pick(property, inner), path, out, write);
                }
                default -> {
                }
            }
        }
    }

    private void add(List<Mutant> out, Write write, String at, String how, Consumer<ObjectNode> change) {
        Breach breach = new Breach(at, how, change);
        if (breach.applyTo(write.body().deepCopy())) out.add(new Mutant(write, List.of(breach)));
    }

    /** The schema of {@code node} among a property's alternatives (a technique step's kinds): the one naming all its fields. */
    private JsonNode pick(JsonNode schema, ObjectNode node) {
        JsonNode resolved = resolve(schema);
        if (!resolved.has("oneOf") && !resolved.has("anyOf")) return resolved;
        for (JsonNode option : resolved.has("oneOf") ? resolved.get("oneOf") : resolved.get("anyOf")) {
            JsonNode candidate = resolve(option);
            boolean fits = true;
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!candidate.path("properties").has(name) && !name.equals("technique")) fits = false;
            }
            if (fits) return candidate;
        }
        return resolved;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) return resolve(openApi.at(schema.get("$ref").asText().substring(1)));
        if (schema.has("allOf")) {
            ObjectNode merged = json.createObjectNode();
            ObjectNode properties = merged.putObject("properties");
            ArrayNode required = merged.putArray("required");
            for (JsonNode part : schema.get("allOf")) {
                JsonNode resolved = resolve(part);
                if (resolved.has("properties")) properties.setAll((ObjectNode) resolved.get("properties"));
                resolved.path("required").forEach(required::add);
            }
            return merged;
        }
        return schema;
    }

    private JsonNode schemaOf(Write write) {
        JsonNode operation = openApi.path("paths").path(write.template()).path(write.method().toLowerCase());
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode schema = content.path("application/json").path("schema");
        assertThat(schema.isMissingNode()).as("the OpenAPI document describes the body of " + write.method() + " " + write.template()).isFalse();
        return resolve(schema);
    }

    /** One case at every stage a write needs, and each write's valid body on it. */
    private Map<String, Write> writesOnACaseWithAProcedure() throws Exception {
        String caseId = json.readTree(send("POST", "/api/cases", json.writeValueAsString(registration())).getContentAsString()).get("caseId").asText();
        String base = "/api/cases/" + caseId;
        send("POST", base + "/assessment", json.writeValueAsString(painfulVertebralMetastasis()));
        send("POST", base + "/treatment-decision", json.writeValueAsString(palliativeRfaWithCement()));
        send("POST", base + "/pre-procedure-checks", json.writeValueAsString(normalChecks()));
        String procedureId = json.readTree(send("POST", base + "/procedures", json.writeValueAsString(rfaWithVertebroplasty()))
                .getContentAsString()).get("procedureId").asText();
        Map<String, Write> writes = new LinkedHashMap<>();
        String c = "/api/cases/{caseId}";
        writes.put("register", new Write("POST", "/api/cases", "/api/cases", json.valueToTree(registration())));
        writes.put("assessment", new Write("PUT", base + "/assessment", c + "/assessment", amended(painfulVertebralMetastasis())));
        writes.put("biopsy-decision", new Write("POST", base + "/biopsy-decision", c + "/biopsy-decision", json.valueToTree(biopsyDecided(true))));
        writes.put("biopsy", new Write("POST", base + "/biopsy", c + "/biopsy", json.valueToTree(conclusiveBiopsy(io.boneregistry.api.assessment.Diagnosis.METASTASIS))));
        writes.put("treatment-decision", new Write("PUT", base + "/treatment-decision", c + "/treatment-decision", amended(palliativeRfaWithCement())));
        writes.put("checks", new Write("PUT", base + "/pre-procedure-checks", c + "/pre-procedure-checks", amended(normalChecks())));
        writes.put("procedure", new Write("POST", base + "/procedures", c + "/procedures", json.valueToTree(rfaWithVertebroplasty())));
        writes.put("complication", new Write("POST", base + "/procedures/" + procedureId + "/complications",
                c + "/procedures/{procedureId}/complications", json.valueToTree(pulmonaryEmbolism(TREATED.plusDays(1)))));
        writes.put("follow-up", new Write("POST", base + "/follow-ups", c + "/follow-ups", json.valueToTree(followUp(procedureId, TREATED.plusDays(28), 3))));
        writes.put("other-treatment", new Write("POST", base + "/other-treatments", c + "/other-treatments", json.valueToTree(radiotherapy(TREATED.plusDays(5)))));
        writes.put("closure", new Write("POST", base + "/closure", c + "/closure", json.valueToTree(closedAsComplete(TREATED.plusDays(200)))));
        return writes;
    }

    private ObjectNode amended(Object content) {
        ObjectNode body = json.valueToTree(content);
        return body.put("reasonForChange", "fuzzing");
    }

    private MockHttpServletResponse send(String method, String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private boolean namesAField(MockHttpServletResponse answer) throws Exception {
        if (!String.valueOf(answer.getContentType()).startsWith("application/problem+json")) return false;
        JsonNode errors = json.readTree(answer.getContentAsString()).path("errors");
        return errors.size() > 0 && errors.get(0).path("field").asText().length() > 0;
    }

    private long events() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        return count == null ? 0 : count;
    }
}
