package io.boneregistry.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.app.DemoRegistryTest;
import io.boneregistry.app.RawHttp;
import io.boneregistry.app.TestRequesters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.boneregistry.api.fixtures.CaseFixture.*;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaAlone;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, point 1: centre scope cannot be walked around by spelling a path differently. A
 * clinician of IT-BO-01 sends every case endpoint, reading and writing, for a case of IT-MI-02 in
 * every spelling we could think of, over a bare socket so that nothing normalises the path first:
 * each is refused, never answered, and the case's history is the same afterwards. Each write is one
 * that would succeed if it got through (an amendment with a reason, or new content).
 */
@DemoRegistryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeSpellingTest {

    private static final Set<Integer> REFUSALS = Set.of(400, 403, 404, 405);

    @LocalServerPort
    private int port;
    @Autowired
    private ObjectMapper json;
    private String milanCase;
    private String bolognaCase;
    private final String procedure = UUID.randomUUID().toString();
    private final String complication = UUID.randomUUID().toString();
    private final String followUp = UUID.randomUUID().toString();

    @BeforeAll
    void aCaseInMilanAndOneInBologna() throws IOException {
        milanCase = treatedCase("IT-MI-02", procedure, complication, followUp);
        bolognaCase = treatedCase("IT-BO-01", UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    @Test
    void noSpellingOfACaseEndpointReachesACaseOfAnotherCentre() throws IOException {
        String before = history(milanCase);
        List<String> answered = new ArrayList<>();
        for (Request request : caseEndpoints(milanCase)) {
            for (String target : spellings(request.path(), milanCase)) {
                RawHttp.Answer answer = send(TestRequesters.BOLOGNA_CLINICIAN, request.method(), target, request.body());
                if (!REFUSALS.contains(answer.status())) answered.add(request.method() + " " + target + " → " + answer.status());
            }
        }
        assertThat(answered).as("spellings that reached IT-MI-02's case").isEmpty();
        assertThat(history(milanCase)).as("the case's history").isEqualTo(before);
    }

    @Test
    void refusalsOfOddSpellingsAreProblemDetails() throws IOException {
        List<String> notProblems = new ArrayList<>();
        for (String target : spellings("/api/cases/" + milanCase + "/history", milanCase)) {
            RawHttp.Answer answer = send(TestRequesters.BOLOGNA_CLINICIAN, "GET", target, null);
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) notProblems.add(target + " → " + answer.status() + " " + type);
        }
        assertThat(notProblems).as("refusals answered other than as problem details").isEmpty();
    }

    @Test
    void roleRulesHoldWhateverTheSpelling() throws IOException {
        Map<String, String> assessment = Map.of("PUT", "/api/%63ases/" + bolognaCase + "/assessment");
        RawHttp.Answer auditorWrites = send(TestRequesters.BOLOGNA_AUDITOR, "PUT", assessment.get("PUT"), amended(solitarySmallMetastasis()));
        assertThat(auditorWrites.status()).as("an auditor amending an assessment").isEqualTo(403);
        assertThat(send(TestRequesters.BOLOGNA_CLINICIAN, "GET", "/api/%65xports/manifest", null).status()).isEqualTo(403);
        assertThat(send(TestRequesters.BOLOGNA_AUDITOR, "GET", "/api/outcomes/%64ataset?centreId=IT-MI-02", null).status()).isEqualTo(403);
        assertThat(send(TestRequesters.BOLOGNA_AUDITOR, "GET", "/api/outcomes/%64ataset", null).status()).isEqualTo(403);
        assertThat(send(TestRequesters.BOLOGNA_CLINICIAN, "GET", "/api/outcomes/%62enchmarks?centreId=IT-MI-02", null).status()).isEqualTo(403);
    }

    @Test
    void aCentreCannotBeSlippedInThroughAHeaderOrARepeatedParameter() throws IOException {
        RawHttp.Answer header = RawHttp.send(port, "GET", "/api/outcomes/benchmarks",
                Map.of("Authorization", TestRequesters.as(TestRequesters.BOLOGNA_CLINICIAN), "centreId", "IT-MI-02"), null);
        if (header.status() == 200) assertThat(json.readTree(header.body()).path("filter").path("centreId").isNull()).isTrue();
        else assertThat(header.status()).isEqualTo(403);
        RawHttp.Answer repeated = send(TestRequesters.BOLOGNA_CLINICIAN, "GET", "/api/outcomes/benchmarks?centreId=IT-BO-01&centreId=IT-MI-02", null);
        if (repeated.status() == 200) {
            assertThat(json.readTree(repeated.body()).path("filter").path("centreId").asText()).isIn("IT-BO-01", "");
        } else {
            assertThat(repeated.status()).isIn(400, 403);
        }
    }

    private record Request(String method, String path, String body) {
    }

    private List<Request> caseEndpoints(String caseId) throws IOException {
        String c = "/api/cases/" + caseId;
        return List.of(
                new Request("GET", c, null),
                new Request("GET", c + "/advice", null),
                new Request("GET", c + "/history", null),
                new Request("POST", c + "/assessment", body(solitarySmallMetastasis())),
                new Request("PUT", c + "/assessment", amended(solitarySmallMetastasis())),
                new Request("POST", c + "/biopsy-decision", body(biopsyDecided(false))),
                new Request("PUT", c + "/biopsy-decision", amended(biopsyDecided(false))),
                new Request("POST", c + "/biopsy", body(conclusiveBiopsy(Diagnosis.LYMPHOMA))),
                new Request("PUT", c + "/biopsy", amended(conclusiveBiopsy(Diagnosis.LYMPHOMA))),
                new Request("POST", c + "/treatment-decision", body(palliative(io.boneregistry.api.procedure.Technique.RFA))),
                new Request("PUT", c + "/treatment-decision", amended(palliative(io.boneregistry.api.procedure.Technique.RFA))),
                new Request("POST", c + "/pre-procedure-checks", body(checksWithLowPlatelets())),
                new Request("PUT", c + "/pre-procedure-checks", amended(checksWithLowPlatelets())),
                new Request("POST", c + "/procedures", body(rfaAlone())),
                new Request("PUT", c + "/procedures/" + procedure, amended(rfaAlone())),
                new Request("POST", c + "/procedures/" + procedure + "/complications", body(pulmonaryEmbolism(TREATED.plusDays(2)))),
                new Request("PUT", c + "/procedures/" + procedure + "/complications/" + complication, amended(pulmonaryEmbolism(TREATED.plusDays(3)))),
                new Request("POST", c + "/follow-ups", body(followUp(procedure, TREATED.plusDays(40), 1))),
                new Request("PUT", c + "/follow-ups/" + followUp, amended(followUp(procedure, TREATED.plusDays(40), 1))),
                new Request("POST", c + "/closure", body(closedAsComplete(TREATED.plusDays(60)))),
                new Request("POST", c + "/erasure", "{\"reason\": \"walking around the scope\"}"));
    }

    /** The path spelt every way a server might read as the same resource. */
    static List<String> spellings(String path, String caseId) {
        Set<String> spelt = new LinkedHashSet<>();
        String[] segments = path.substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (!segment.equals(caseId)) {
                spelt.add(replaceSegment(segments, i, "%" + hex(segment.charAt(0)) + segment.substring(1)));
                spelt.add(replaceSegment(segments, i, "%25" + hex(segment.charAt(0)) + segment.substring(1)));
            }
            spelt.add(replaceSegment(segments, i, segment.toUpperCase(Locale.ROOT)));
            spelt.add(replaceSegment(segments, i, segment + ";x=1"));
            spelt.add(replaceSegment(segments, i, segment + ";jsessionid=0"));
            spelt.add(replaceSegment(segments, i, "/" + segment));
            spelt.add(replaceSegment(segments, i, "./" + segment));
            spelt.add(replaceSegment(segments, i, "x/../" + segment));
            spelt.add(replaceSegment(segments, i, "%2e/" + segment));
            spelt.add(replaceSegment(segments, i, "x/%2e%2e/" + segment));
        }
        StringBuilder encodedId = new StringBuilder();
        for (char c : caseId.toCharArray()) encodedId.append('%').append(hex(c));
        spelt.add(path.replace(caseId, encodedId.toString()));
        spelt.add(path.replace(caseId, encodedId.toString().toLowerCase(Locale.ROOT)));
        spelt.add(path + "/");
        spelt.add(path + "//");
        spelt.add(path + "/.");
        spelt.add(path + ";x=1");
        spelt.add(path + "%2F");
        spelt.add("/" + path);
        spelt.add(path.replace("/cases/", "/cases%2F"));
        spelt.add(path.replace("/cases/", "/cases%2f"));
        spelt.add(path.replace("/api/", "/api\\"));
        spelt.add(path.replace("/api/", "/api%5C"));
        spelt.add("http://localhost" + path.replace("/cases/", "/%63ases/"));
        return List.copyOf(spelt);
    }

    private static String replaceSegment(String[] segments, int index, String replacement) {
        String[] copy = segments.clone();
        copy[index] = replacement;
        return "/" + String.join("/", copy);
    }

    private static String hex(char c) {
        return String.format("%02X", (int) c);
    }

    private String treatedCase(String centre, String procedureId, String complicationId, String followUpId) throws IOException {
        String caseId = UUID.randomUUID().toString();
        ObjectNode registration = json.valueToTree(registrationAt(centre, "P-SPELL-" + centre));
        registration.put("caseId", caseId);
        write("POST", "/api/cases", registration.toString());
        String c = "/api/cases/" + caseId;
        write("POST", c + "/assessment", body(painfulVertebralMetastasis()));
        write("POST", c + "/biopsy-decision", body(biopsyDecided(true)));
        write("POST", c + "/biopsy", body(conclusiveBiopsy(Diagnosis.METASTASIS)));
        write("POST", c + "/treatment-decision", body(palliativeRfaWithCement()));
        write("POST", c + "/pre-procedure-checks", body(normalChecks()));
        write("POST", c + "/procedures", with(rfaWithVertebroplasty(), "procedureId", procedureId));
        write("POST", c + "/procedures/" + procedureId + "/complications", with(pulmonaryEmbolism(TREATED.plusDays(1)), "complicationId", complicationId));
        write("POST", c + "/follow-ups", with(followUp(procedureId, TREATED.plusDays(28), 2), "followUpId", followUpId));
        return caseId;
    }

    private void write(String method, String path, String body) throws IOException {
        RawHttp.Answer answer = send(TestRequesters.CLINICIAN, method, path, body);
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isBetween(200, 201);
    }

    private String history(String caseId) throws IOException {
        RawHttp.Answer answer = send(TestRequesters.MANAGER, "GET", "/api/cases/" + caseId + "/history", null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode events = json.readTree(answer.body());
        return events.size() + " events, the last " + events.get(events.size() - 1).path("type").asText();
    }

    private RawHttp.Answer send(String requester, String method, String target, String body) throws IOException {
        return RawHttp.send(port, method, target, Map.of("Authorization", TestRequesters.as(requester)), body);
    }

    private String body(Object content) {
        return json.valueToTree(content).toString();
    }

    private String with(Object content, String field, String value) {
        ObjectNode node = json.valueToTree(content);
        return node.put(field, value).toString();
    }

    private String amended(Object content) {
        return with(content, "reasonForChange", "walking around the scope");
    }
}
