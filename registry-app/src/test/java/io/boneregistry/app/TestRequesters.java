package io.boneregistry.app;

import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The test accounts (test resources' config/application.yml), as basic credentials. MockMvc requests
 * send {@link #CLINICIAN}'s unless a test names another requester with {@link #as(String)}.
 */
@Configuration
public class TestRequesters {

    public static final String PASSWORD = "test";
    /** A clinician of every centre the fixtures use. */
    public static final String CLINICIAN = "test.clinician";
    /** A clinician of IT-BO-01 only. */
    public static final String BOLOGNA_CLINICIAN = "bo.clinician";
    /** An auditor granted IT-BO-01's case-level data. */
    public static final String BOLOGNA_AUDITOR = "bo.auditor";
    public static final String MANAGER = "test.manager";

    /** The Authorization header's value for one of the test accounts. */
    public static String as(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    public static MockHttpServletRequestBuilder getAs(String username, String path) {
        return MockMvcRequestBuilders.get(path).header(HttpHeaders.AUTHORIZATION, as(username));
    }

    public static MockHttpServletRequestBuilder postAs(String username, String path) {
        return MockMvcRequestBuilders.post(path).header(HttpHeaders.AUTHORIZATION, as(username));
    }

    @Bean
    MockMvcBuilderCustomizer requestsAsTheTestClinician() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").header(HttpHeaders.AUTHORIZATION, as(CLINICIAN)));
    }
}
