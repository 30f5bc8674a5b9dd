package io.boneregistry.app.security;

import io.boneregistry.api.access.Role;
import io.boneregistry.app.RegistryApplication;
import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static io.boneregistry.app.TestRequesters.BOLOGNA_AUDITOR;
import static io.boneregistry.app.TestRequesters.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Local accounts outside the embedded default (issue 11): the shipped passwords stop the registry
 * from starting, and failed logins lock their user and address before any hash is computed.
 */
@RegistryTest
class LocalAccountsTest {

    /** The first-run manager's hash (application-default.yml), password "manager". */
    static final String SHIPPED_MANAGER = "{bcrypt}$2a$10$xn5zk8b/ji6rqZDziREL3u.rUBWORFrVxpjW5k4POf8Q2uu.W/FkO";

    @Autowired
    private MockMvc mvc;

    @Test
    void outsideTheEmbeddedDefaultAShippedPasswordStopsTheRegistryNamingTheSetting() {
        SpringApplicationBuilder registry = new SpringApplicationBuilder(RegistryApplication.class).profiles("test");

        assertThatThrownBy(() -> registry.run("--registry.security.accounts[0].username=manager",
                "--registry.security.accounts[0].password=" + SHIPPED_MANAGER, "--registry.security.accounts[0].role=REGISTRY_MANAGER",
                "--server.port=0"))
                .rootCause().hasMessageContaining("registry.security.accounts[0].password")
                .hasMessageContaining("registry.security.local-accounts.enabled=false");
    }

    @Test
    void tenWrongPasswordsLockThatUserFromThatAddressEvenForTheRightOne() throws Exception {
        RequestPostProcessor fromOneAddress = request -> {
            request.setRemoteAddr("203.0.113.7");
            return request;
        };
        for (int attempt = 0; attempt < LoginThrottle.PER_USER_AND_ADDRESS; attempt++) {
            mvc.perform(get("/api/outcomes/benchmarks").with(fromOneAddress).header(HttpHeaders.AUTHORIZATION, wrongPassword(BOLOGNA_AUDITOR)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/outcomes/benchmarks").with(fromOneAddress).header(HttpHeaders.AUTHORIZATION, as(BOLOGNA_AUDITOR)))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/outcomes/benchmarks").header(HttpHeaders.AUTHORIZATION, as(BOLOGNA_AUDITOR)))
                .andExpect(status().isOk());   // the same user from another address
    }

    @Test
    void usernamesCannotPassForAProvidersUser() {
        assertThatThrownBy(() -> new LocalAccounts(List.of(new SecurityProperties.Account("https://provider.example#sub", "{noop}x",
                Role.CLINICIAN, null))))
                .hasMessageContaining("registry.security.accounts[0].username");
        assertThat(ShippedPasswords.SHIPPED).containsExactly("clinician", "auditor", "manager");
    }

    private static String wrongPassword(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":wrong").getBytes(StandardCharsets.UTF_8));
    }
}
