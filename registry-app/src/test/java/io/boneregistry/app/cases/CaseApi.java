package io.boneregistry.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.Map;

import static io.boneregistry.api.fixtures.CaseFixture.registration;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registry's HTTP API as the tests speak it: entries sent as JSON built from the clinical fixtures. */
class CaseApi {

    private final MockMvc mvc;
    private final ObjectMapper json;

    CaseApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    ObjectNode body(Object content) {
        return json.valueToTree(content);
    }

    ObjectNode body(Object content, Map<String, Object> extra) {
        ObjectNode body = body(content);
        extra.forEach((field, value) -> body.set(field, json.valueToTree(value)));
        return body;
    }

    ResultActions post(String path, Object body) throws Exception {
        return mvc.perform(withJson(MockMvcRequestBuilders.post(path), body));
    }

    ResultActions put(String path, Object body) throws Exception {
        return mvc.perform(withJson(MockMvcRequestBuilders.put(path), body));
    }

    ResultActions postRaw(String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path));
    }

    String registerCase() throws Exception {
        return read(post("/api/cases", body(registration())).andExpect(status().isCreated())).get("caseId").asText();
    }

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** The case's audit trail: read from the event store, so it shows exactly what was stored. */
    JsonNode history(String caseId) throws Exception {
        return read(get("/api/cases/" + caseId + "/history").andExpect(status().isOk()));
    }

    private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) throws Exception {
        return request.contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String text ? text : json.writeValueAsString(body));
    }
}
