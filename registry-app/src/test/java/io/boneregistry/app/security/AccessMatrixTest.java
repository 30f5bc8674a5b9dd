package io.boneregistry.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.app.RegistryTest;
import io.boneregistry.app.TestRequesters;
import io.boneregistry.api.fixtures.CaseFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.palliativeRfaWithCement;
import static io.boneregistry.api.fixtures.CaseFixture.radiotherapy;
import static io.boneregistry.api.fixtures.CaseFixture.withoutTotalBodyImaging;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static io.boneregistry.app.ReadModels.awaitCaughtUp;
import static io.boneregistry.api.fixtures.CaseFixture.registrationAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint × every role × own centre / other centre (issue 7), each expected answer written
 * down in {@link #MATRIX}. "Own" is IT-BO-01, the centre of the clinician and the auditor's grant;
 * "other" is IT-MI-02. A case outside one's scope is a 404, as if it did not exist.
 */
@RegistryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class AccessMatrixTest {

    private static final String OWN = "IT-BO-01";
    private static final String OTHER = "IT-MI-02";
    private static final String ANONYMOUS = "";

    /** request | anonymous | clinician own, other | auditor own, other | manager own, other */
    private static final String MATRIX = """
            POST /api/cases                                              | 401 | 201 403 | 403 403 | 403 403
            POST /api/cases/{case}/assessment                            | 401 | 200 404 | 403 403 | 403 403
            POST /api/cases/{case}/other-treatments                      | 401 | 201 404 | 403 403 | 403 403
            GET  /api/cases?centreId={centre}                            | 401 | 200 403 | 200 403 | 200 200
            GET  /api/cases/{case}                                       | 401 | 200 404 | 200 404 | 200 200
            GET  /api/cases/{case}/advice                                | 401 | 200 404 | 200 404 | 200 200
            GET  /api/cases/{case}/history                               | 401 | 200 404 | 200 404 | 200 200
            POST /api/cases/{case}/erasure                               | 401 | 403 403 | 403 403 | 400 400
            GET  /api/outcomes/dataset?centreId={centre}                 | 401 | 200 403 | 200 403 | 200 200
            GET  /api/outcomes/benchmarks?centreId={centre}              | 401 | 200 403 | 200 200 | 200 200
            GET  /api/outcomes/survival?endpoint=DEATH&centreId={centre} | 401 | 200 403 | 200 200 | 200 200
            GET  /api/quality/conformance?centreId={centre}              | 401 | 200 403 | 200 200 | 200 200
            GET  /api/quality/conformance                                | 401 | 200 200 | 200 200 | 200 200
            GET  /api/outcomes/cusum?benchmarkId=BM-CEMENT-LEAK&operatorId=OP-MATRIX | 401 | 200 200 | 200 200 | 200 200
            GET  /api/outcomes/cusum?benchmarkId=BM-CEMENT-LEAK&operatorId=OP-MATRIX&centreId={centre} | 401 | 200 403 | 200 200 | 200 200
            GET  /api/outcomes/funnel?benchmarkId=BM-CEMENT-LEAK&by=centre | 401 | 200 200 | 200 200 | 200 200
            GET  /api/outcomes/catalogue                                 | 401 | 200 200 | 200 200 | 200 200
            GET  /api/exports/analysis.csv?centreId={centre}             | 401 | 403 403 | 403 403 | 200 200
            GET  /api/exports/treated-levels.csv?centreId={centre}       | 401 | 403 403 | 403 403 | 200 200
            GET  /api/exports/fhir?format=ndjson&centreId={centre}       | 401 | 403 403 | 403 403 | 200 200
            GET  /api/exports/events.ndjson?limit=1                      | 401 | 403 403 | 403 403 | 200 200
            GET  /api/exports/data-dictionary                            | 401 | 403 403 | 403 403 | 200 200
            GET  /api/exports/manifest                                   | 401 | 403 403 | 403 403 | 200 200
            GET  /api/reports/audit.pdf?centreId={centre}                | 401 | 403 403 | 200 200 | 200 200
            GET  /api/admin/projections                                  | 401 | 403 403 | 403 403 | 200 200
            POST /api/admin/projections/no-such-projection/rebuild       | 401 | 403 403 | 403 403 | 404 404
            GET  /api/admin/export-log                                   | 401 | 403 403 | 403 403 | 200 200
            GET  /api/admin/dead-letters                                 | 401 | 403 403 | 403 403 | 200 200
            GET  /api/admin/export-log.csv                               | 401 | 403 403 | 403 403 | 200 200
            GET  /                                                       | 302 | 200 200 | 200 200 | 200 200
            GET  /actuator/health                                        | 200 | 200 200 | 200 200 | 200 200
            GET  /actuator/prometheus                                    | 401 | 403 403 | 403 403 | 200 200
            """;

    @Autowired
    private MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;
    @Autowired
    private ObjectMapper json;
    private final Map<String, String> caseOf = new LinkedHashMap<>();

    @BeforeAll
    void oneCaseInEachCentre() throws Exception {
        for (String centre : List.of(OWN, OTHER)) {
            String caseId = UUID.randomUUID().toString();
            ObjectNode body = json.valueToTree(registrationAt(centre, "P-MATRIX-" + centre));
            body.put("caseId", caseId);
            mvc.perform(MockMvcRequestBuilders.post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body))).andExpect(status().isCreated());
            caseOf.put(centre, caseId);
            write("/api/cases/" + caseId + "/assessment", withoutTotalBodyImaging(painfulVertebralMetastasis()), Map.of());
            write("/api/cases/" + caseId + "/treatment-decision", palliativeRfaWithCement(), Map.of());
            write("/api/cases/" + caseId + "/procedures", rfaWithVertebroplasty(), Map.of("justification", justificationIn(centre)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> caseOf.values().stream().allMatch(this::summarised));
    }

    private void write(String path, Object content, Map<String, String> extra) throws Exception {
        ObjectNode body = json.valueToTree(content);
        extra.forEach(body::put);
        if (body.has("operatorId")) body.put("operatorId", "OP-MATRIX");
        mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().is2xxSuccessful());
    }

    private static String justificationIn(String centre) {
        return "matrix justification of " + centre;
    }

    /**
     * Aggregate answers hold case-level items (case ids, dates, free text) only of cases inside the
     * requester's scope: the auditor and clinician of IT-BO-01 see their own case's deviations and CUSUM
     * points, and of IT-MI-02's only counts; a registry manager sees both.
     */
    @Test
    void aggregateAnswersHoldCaseLevelItemsOnlyOfCasesInScope() throws Exception {
        awaitCaughtUp(mvc, json, Duration.ofSeconds(30));
        String own = caseOf.get(OWN);
        String other = caseOf.get(OTHER);
        for (String path : List.of("/api/quality/conformance", "/api/outcomes/cusum?benchmarkId=BM-CEMENT-LEAK&operatorId=OP-MATRIX")) {
            for (String requester : List.of(TestRequesters.BOLOGNA_CLINICIAN, TestRequesters.BOLOGNA_AUDITOR)) {
                String answer = mvc.perform(as(requester, "GET", path, OWN)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(answer).as(requester + " " + path).contains(own).doesNotContain(other, justificationIn(OTHER));
            }
            String answer = mvc.perform(as(TestRequesters.MANAGER, "GET", path, OWN)).andReturn().getResponse().getContentAsString();
            assertThat(answer).as("manager " + path).contains(own, other);
        }
        String conformance = mvc.perform(as(TestRequesters.BOLOGNA_AUDITOR, "GET", "/api/quality/conformance", OWN))
                .andReturn().getResponse().getContentAsString();
        JsonNode imaging = rule(json.readTree(conformance), "R-WORKUP-IMAGING");
        assertThat(imaging.get("deviatingCases").asInt()).as("both centres' deviations are counted").isGreaterThanOrEqualTo(2);
        assertThat(imaging.get("unlistedDeviations").asInt()).as("the other centre's is not listed").isGreaterThanOrEqualTo(1);
        String cusum = mvc.perform(as(TestRequesters.BOLOGNA_AUDITOR, "GET", "/api/outcomes/cusum?benchmarkId=BM-CEMENT-LEAK&operatorId=OP-MATRIX", OWN))
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(cusum).get("points")).hasSize(2)
                .anySatisfy(point -> assertThat(point.get("performedOn").isNull()).isTrue());
    }

    private static JsonNode rule(JsonNode report, String ruleId) {
        for (JsonNode row : report.get("rows")) if (row.get("ruleId").asText().equals(ruleId)) return row;
        throw new AssertionError("no row for " + ruleId);
    }

    /** Summaries and advice come from a read model, a moment behind the write. */
    private boolean summarised(String caseId) {
        try {
            return mvc.perform(as(TestRequesters.MANAGER, "GET", "/api/cases/" + caseId + "/advice", OWN))
                    .andReturn().getResponse().getStatus() == 200;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyEndpointAnswersEachRoleInEachCentreAsWrittenDown() throws Exception {
        List<String> differences = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.split("\\|");
            String[] request = cells[0].trim().split("\\s+");
            check(differences, request[0], request[1], ANONYMOUS, OWN, cells[1].trim());
            String[] requesters = {TestRequesters.BOLOGNA_CLINICIAN, TestRequesters.BOLOGNA_AUDITOR, TestRequesters.MANAGER};
            for (int role = 0; role < requesters.length; role++) {
                String[] expected = cells[role + 2].trim().split("\\s+");
                check(differences, request[0], request[1], requesters[role], OWN, expected[0]);
                check(differences, request[0], request[1], requesters[role], OTHER, expected[1]);
            }
        }
        assertThat(differences).as("answers that differ from the matrix").isEmpty();
    }

    @Test
    void everyHandlerOfTheRegistryDeclaresItsCentreScope() {
        List<String> undeclared = new ArrayList<>();
        handlers.getHandlerMethods().forEach((mapping, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("io.boneregistry.")) return;
            try {
                CentreScoped.Scope scope = CentreScope.declaredScope(method.getMethod(), method.getBeanType());
                boolean namesCase = mapping.getPatternValues().stream().allMatch(pattern -> pattern.contains("/{caseId}"));
                if ((scope == CentreScoped.Scope.CASE) != namesCase) undeclared.add(mapping + ": " + scope + " but names a case: " + namesCase);
            } catch (RuntimeException none) {
                undeclared.add(mapping + ": no scope");
            }
        });
        assertThat(undeclared).as("handlers whose centre scope is missing or does not fit what they receive").isEmpty();
    }

    @Test
    void aRefusalIsLoggedWithWhoAskedForWhat(CapturedOutput output) throws Exception {
        String otherCase = caseOf.get(OTHER);
        mvc.perform(as(TestRequesters.BOLOGNA_CLINICIAN, "GET", "/api/cases/" + otherCase, OTHER)).andExpect(status().isNotFound());
        mvc.perform(as(TestRequesters.BOLOGNA_AUDITOR, "GET", "/api/exports/manifest", OTHER)).andExpect(status().isForbidden());
        assertThat(output.getOut())
                .contains("refused GET /api/cases/" + otherCase + " to " + TestRequesters.BOLOGNA_CLINICIAN)
                .contains("refused GET /api/exports/manifest to " + TestRequesters.BOLOGNA_AUDITOR);
    }

    @Test
    void aScopedCaseListShowsOnlyTheCentresInScope() throws Exception {
        String page = mvc.perform(as(TestRequesters.BOLOGNA_AUDITOR, "GET", "/api/cases?size=200", OWN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(page).get("content").findValuesAsText("centreId")).isNotEmpty().containsOnly(OWN);
    }

    private void check(List<String> differences, String method, String path, String requester, String centre, String expected)
            throws Exception {
        int answered = mvc.perform(as(requester, method, path, centre)).andReturn().getResponse().getStatus();
        if (answered != Integer.parseInt(expected)) {
            differences.add(method + " " + path + " as " + (requester.isEmpty() ? "anonymous" : requester) + " in " + centre
                    + ": " + answered + ", expected " + expected);
        }
    }

    private MockHttpServletRequestBuilder as(String requester, String method, String path, String centre) throws Exception {
        String uri = path.replace("{case}", caseOf.get(centre)).replace("{centre}", centre);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri)
                .header(HttpHeaders.AUTHORIZATION, requester.isEmpty() ? "" : TestRequesters.as(requester));
        if (method.equals("GET")) return request;
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body(path, centre)));
    }

    private Object body(String path, String centre) {
        if (path.equals("/api/cases")) {
            ObjectNode registration = json.valueToTree(registrationAt(centre, "P-MATRIX-" + centre));
            return registration.put("caseId", caseOf.get(centre));
        }
        if (path.endsWith("/assessment")) return withoutTotalBodyImaging(painfulVertebralMetastasis());   // a retry of the recorded one
        if (path.endsWith("/other-treatments")) return radiotherapy(CaseFixture.ASSESSED.plusDays(10));
        return Map.of();
    }
}
