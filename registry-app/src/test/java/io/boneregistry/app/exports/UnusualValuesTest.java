package io.boneregistry.app.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.app.ReadModels;
import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.util.List;

import static io.boneregistry.api.fixtures.CaseFixture.TREATED;
import static io.boneregistry.api.fixtures.CaseFixture.biopsyDecided;
import static io.boneregistry.api.fixtures.CaseFixture.closedAsComplete;
import static io.boneregistry.api.fixtures.CaseFixture.followUp;
import static io.boneregistry.api.fixtures.CaseFixture.normalChecks;
import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.palliativeRfaWithCement;
import static io.boneregistry.api.fixtures.CaseFixture.pulmonaryEmbolism;
import static io.boneregistry.api.fixtures.CaseFixture.registration;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static io.boneregistry.app.Downloads.download;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.getAs;
import static io.boneregistry.app.TestRequesters.postAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever the registry accepted, every export streams (issue 11): unusual but valid values in
 * every free-form field, then every export downloaded. Values a spreadsheet would run arrive as
 * text; control characters and broken Unicode are refused, naming the field, and change nothing.
 */
@RegistryTest
class UnusualValuesTest {

    /** A formula, a date that does not exist, quotes, separators, line breaks, markup and characters outside Latin-1. */
    static final String ODD = "=HYPERLINK(\"http://x\",\"y\") 2025-02-30, 2026-13-45T99:99Z; \"quoted\"\r\n"
            + "\tline two <b>bold</b> naïve Ωμέγα 😀 ‮reversed";
    static final String DATE_LIKE_OPERATOR = "2025-02-30";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;

    @Test
    void everyExportStreamsWhateverFreeFormValuesWereAccepted() throws Exception {
        String caseId = aCaseWithUnusualValuesEverywhere();
        ReadModels.awaitCaughtUp(mvc, json, Duration.ofSeconds(30));

        for (String export : List.of("/api/exports/analysis.csv", "/api/exports/analysis.csv?freeText=true",
                "/api/exports/data-dictionary.csv", "/api/exports/data-dictionary.json",
                "/api/exports/fhir", "/api/exports/fhir?freeText=true", "/api/exports/fhir?format=ndjson&freeText=true",
                "/api/exports/events.ndjson", "/api/exports/events.ndjson?freeText=true",
                "/api/exports/events.ndjson?identified=true&freeText=true", "/api/reports/audit.pdf",
                "/api/outcomes/dataset", "/api/quality/conformance", "/api/outcomes/cusum?benchmarkId=BM-CEMENT-LEAK&operatorId=" + DATE_LIKE_OPERATOR,
                "/api/cases/" + caseId + "/history")) {
            assertThat(download(mvc, getAs(MANAGER, export))).as(export).isNotEmpty();
        }
        String events = download(mvc, getAs(MANAGER, "/api/exports/events.ndjson?freeText=true"));
        for (String line : events.split("\n")) json.readTree(line);
        assertThat(events).as("the operator id stays text, never read as a date").contains("\"operatorId\":\"" + DATE_LIKE_OPERATOR + "\"");
    }

    @Test
    void aCellASpreadsheetWouldRunArrivesAsText() throws Exception {
        aCaseWithUnusualValuesEverywhere();
        ReadModels.awaitCaughtUp(mvc, json, Duration.ofSeconds(30));

        String csv = download(mvc, getAs(MANAGER, "/api/exports/analysis.csv?freeText=true"));

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\"");
        assertThat(csv).doesNotContain(",=", ",\"=", ",+", ",@");
    }

    @Test
    void anOperatorCodeIsLettersDigitsAndPunctuationOnly() throws Exception {
        String caseId = treatable();
        ObjectNode procedure = json.valueToTree(rfaWithVertebroplasty());
        procedure.put("operatorId", "=HYPERLINK(\"http://x\",\"y\")");

        refused(post("/api/cases/" + caseId + "/procedures"), procedure, "operatorId");
    }

    @Test
    void controlCharactersAndBrokenUnicodeAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        String caseId = registered();
        String before = download(mvc, getAs(MANAGER, "/api/cases/" + caseId + "/history"));

        refused(post("/api/cases/" + caseId + "/assessment"), with(painfulVertebralMetastasis(), "painOrigin", "bell \u0007"), "painOrigin");
        refused(post("/api/cases/" + caseId + "/assessment"), with(painfulVertebralMetastasis(), "justification", "nul \u0000"), "justification");
        String halfASurrogatePair = json.writeValueAsString(with(painfulVertebralMetastasis(), "painOrigin", "HALF")).replace("HALF", "half \\ud83d");
        mvc.perform(post("/api/cases/" + caseId + "/assessment").contentType(MediaType.APPLICATION_JSON).content(halfASurrogatePair))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("painOrigin"));
        mvc.perform(postAs(MANAGER, "/api/cases/" + caseId + "/erasure").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"escape \\u001b[31m\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));

        assertThat(download(mvc, getAs(MANAGER, "/api/cases/" + caseId + "/history"))).isEqualTo(before);
    }

    private String aCaseWithUnusualValuesEverywhere() throws Exception {
        String caseId = registered();
        ok(post("/api/cases/" + caseId + "/assessment"), with(with(painfulVertebralMetastasis(), "painOrigin", ODD), "justification", ODD), 200);
        ok(post("/api/cases/" + caseId + "/biopsy-decision"), with(biopsyDecided(false), "reason", ODD), 200);
        ok(post("/api/cases/" + caseId + "/treatment-decision"), with(palliativeRfaWithCement(), "justification", ODD), 200);
        ok(post("/api/cases/" + caseId + "/pre-procedure-checks"), with(normalChecks(), "justification", ODD), 200);
        ObjectNode procedure = with(rfaWithVertebroplasty(), "justification", ODD);
        procedure.put("operatorId", DATE_LIKE_OPERATOR);
        String procedureId = ok(post("/api/cases/" + caseId + "/procedures"), procedure, 201).get("procedureId").asText();
        ok(post("/api/cases/" + caseId + "/procedures/" + procedureId + "/complications"),
                with(with(pulmonaryEmbolism(TREATED.plusDays(1)), "description", ODD), "justification", ODD), 201);
        ok(post("/api/cases/" + caseId + "/follow-ups"), with(followUp(procedureId, TREATED.plusDays(28), 3), "justification", ODD), 201);
        ObjectNode amended = with(with(painfulVertebralMetastasis(), "painOrigin", ODD), "reasonForChange", ODD);
        ok(put("/api/cases/" + caseId + "/assessment"), amended, 200);
        ok(post("/api/cases/" + caseId + "/closure"), with(closedAsComplete(TREATED.plusDays(180)), "justification", ODD), 200);
        return caseId;
    }

    private String registered() throws Exception {
        return ok(post("/api/cases"), json.valueToTree(registration()), 201).get("caseId").asText();
    }

    private String treatable() throws Exception {
        String caseId = registered();
        ok(post("/api/cases/" + caseId + "/assessment"), json.valueToTree(painfulVertebralMetastasis()), 200);
        ok(post("/api/cases/" + caseId + "/treatment-decision"), json.valueToTree(palliativeRfaWithCement()), 200);
        ok(post("/api/cases/" + caseId + "/pre-procedure-checks"), json.valueToTree(normalChecks()), 200);
        return caseId;
    }

    private ObjectNode with(Object content, String field, String value) {
        ObjectNode body = json.valueToTree(content);
        body.put(field, value);
        return body;
    }

    private JsonNode ok(MockHttpServletRequestBuilder request, ObjectNode body, int status) throws Exception {
        ResultActions result = send(request, body);
        int answered = result.andReturn().getResponse().getStatus();
        assertThat(answered).as(result.andReturn().getResponse().getContentAsString()).isEqualTo(status);
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private void refused(MockHttpServletRequestBuilder request, ObjectNode body, String field) throws Exception {
        send(request, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.endsWith(field))));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, ObjectNode body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }
}
