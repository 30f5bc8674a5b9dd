package io.boneregistry.app.outcomes;

import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.boneregistry.app.TestRequesters.BOLOGNA_AUDITOR;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outcome endpoints' parameters: settings echoed, and every bad parameter named in a 400. */
@RegistryTest
class OutcomesHttpTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void settingsPassedAsParametersAreUsedAndEchoed() throws Exception {
        mvc.perform(get("/api/outcomes/benchmarks?painWindowTarget=30&painReductionThreshold=0.3&minDenominator=5&combined=false"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings.painWindowTarget").value(30))
                .andExpect(jsonPath("$.settings.painReductionThreshold").value(0.3))
                .andExpect(jsonPath("$.settings.minDenominator").value(5))
                .andExpect(jsonPath("$.settings.painWindowFrom").value(7))
                .andExpect(jsonPath("$.filter.combined").value(false))
                .andExpect(jsonPath("$.rows", hasSize(22)));
    }

    @Test
    void emptySelectionHasNoRatesAndInsufficientData() throws Exception {
        mvc.perform(get("/api/outcomes/benchmarks?centreId=NOWHERE").header(AUTHORIZATION, as(BOLOGNA_AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[1].benchmarkId").value("BM-CEMENT-LEAK"))
                .andExpect(jsonPath("$.rows[1].n").value(0))
                .andExpect(jsonPath("$.rows[1].rate").isEmpty())
                .andExpect(jsonPath("$.rows[1].wilson95").isEmpty())
                .andExpect(jsonPath("$.rows[1].verdict").value("INSUFFICIENT_DATA"));
    }

    @Test
    void badSettingsAreRefusedNamingThem() throws Exception {
        refused(get("/api/outcomes/benchmarks?painReductionThreshold=1.5"), "painReductionThreshold");
        refused(get("/api/outcomes/benchmarks?painWindowFrom=60"), "painWindow");
        refused(get("/api/outcomes/benchmarks?minDenominator=zero"), "minDenominator");
    }

    @Test
    void badFiltersAreRefusedNamingThem() throws Exception {
        refused(get("/api/outcomes/benchmarks?technique=MICROWAVE"), "technique");
        refused(get("/api/outcomes/benchmarks?from=2026-13-01"), "from");
        refused(get("/api/quality/conformance?to=yesterday"), "to");
        refused(get("/api/outcomes/survival?endpoint=FOREVER"), "endpoint");
        refused(get("/api/outcomes/survival?endpoint=DEATH&diagnosis=FLU"), "diagnosis");
    }

    @Test
    void funnelAndCusumNeedAKnownProportionBenchmark() throws Exception {
        refused(get("/api/outcomes/funnel"), "benchmarkId");
        refused(get("/api/outcomes/funnel?benchmarkId=BM-NOPE"), "benchmarkId");
        refused(get("/api/outcomes/funnel?benchmarkId=BM-CEMENT-LEAK&by=hospital"), "by");
        refused(get("/api/outcomes/cusum?benchmarkId=BM-ETHANOL-DURATION&operatorId=OP-1"), "benchmarkId");
        refused(get("/api/outcomes/cusum?benchmarkId=BM-CEMENT-LEAK"), "operatorId");
        refused(get("/api/outcomes/cusum?benchmarkId=BM-CEMENT-LEAK&operatorId=OP-1&p0=2"), "p0");
    }

    @Test
    void unknownProjectionIsNotFound() throws Exception {
        mvc.perform(post("/api/admin/projections/nope/rebuild").header(AUTHORIZATION, as(MANAGER))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/admin/projections").header(AUTHORIZATION, as(MANAGER))).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(3)));
    }

    private void refused(org.springframework.test.web.servlet.RequestBuilder request, String field) throws Exception {
        ResultActions result = mvc.perform(request);
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }
}
