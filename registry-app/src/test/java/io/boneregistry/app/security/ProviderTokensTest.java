package io.boneregistry.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.boneregistry.app.RegistryApplication;
import io.boneregistry.app.TestRequesters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static io.boneregistry.api.fixtures.CaseFixture.registrationAt;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Production's way in: an OpenID Connect provider's access tokens, checked against the provider's key
 * (here a key pair the test makes, its public half configured as the provider's), the requester read
 * from the token's claims.
 */
@SpringBootTest(properties = {"spring.security.oauth2.resourceserver.jwt.public-key-location=file:${provider.public-key}",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ProviderTokensTest.ISSUER,
        "spring.security.oauth2.resourceserver.jwt.audiences=" + ProviderTokensTest.AUDIENCE})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProviderTokensTest {

    static final String ISSUER = "https://provider.example";
    static final String AUDIENCE = "bone-registry";
    private static final KeyPair PROVIDER = keyPair();
    private static final KeyPair IMPOSTOR = keyPair();
    private static final String SUBJECT = UUID.randomUUID().toString();

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;

    @DynamicPropertySource
    static void providerKey(DynamicPropertyRegistry registry) throws IOException {
        Path pem = Files.createTempFile("provider", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(PROVIDER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("provider.public-key", pem::toString);
    }

    @Test
    void aClinicianWithTheProvidersTokenWritesToTheirCentreAndIsNamedInTheAuditTrail() throws Exception {
        String token = token(PROVIDER, "CLINICIAN", List.of("IT-BO-01"), Duration.ofMinutes(5));
        String caseId = register(token, "IT-BO-01").andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(caseId + "/history").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].recordedBy").value(ISSUER + "#" + SUBJECT))
                .andExpect(jsonPath("$[0].recordedByName").value("dr.provider"))
                .andExpect(jsonPath("$[0].role").value("CLINICIAN"))
                .andExpect(jsonPath("$[0].centreId").value("IT-BO-01"));
        register(token, "IT-MI-02").andExpect(status().isForbidden());
    }

    @Test
    void tokensNotSignedByTheProviderExpiredOrWithoutARegistryRoleAreRefused() throws Exception {
        register(token(IMPOSTOR, "CLINICIAN", List.of("IT-BO-01"), Duration.ofMinutes(5)), "IT-BO-01").andExpect(status().isUnauthorized());
        register(token(PROVIDER, "CLINICIAN", List.of("IT-BO-01"), Duration.ofMinutes(-5)), "IT-BO-01").andExpect(status().isUnauthorized());
        register(token(PROVIDER, "SURGEON", List.of("IT-BO-01"), Duration.ofMinutes(5)), "IT-BO-01").andExpect(status().isUnauthorized());
        register("not-a-token", "IT-BO-01").andExpect(status().isUnauthorized());
    }

    @Test
    void tokensForAnotherAudienceOrFromAnotherIssuerAreRefused() throws Exception {
        register(token(PROVIDER, "CLINICIAN", List.of("IT-BO-01"), Duration.ofMinutes(5), ISSUER, "another-app"), "IT-BO-01")
                .andExpect(status().isUnauthorized());
        register(token(PROVIDER, "CLINICIAN", List.of("IT-BO-01"), Duration.ofMinutes(5), "https://other.example", AUDIENCE), "IT-BO-01")
                .andExpect(status().isUnauthorized());
    }

    @Test
    void withAProviderLocalAccountsAreOffUnlessTurnedOn() throws Exception {
        mvc.perform(get("/api/outcomes/benchmarks").header(HttpHeaders.AUTHORIZATION, TestRequesters.as(TestRequesters.MANAGER)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/login").param("username", TestRequesters.MANAGER).param("password", TestRequesters.PASSWORD))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aProviderWithoutAnAudienceStopsTheRegistryNamingTheSetting() {
        SpringApplicationBuilder registry = new SpringApplicationBuilder(RegistryApplication.class).profiles("test");

        assertThatThrownBy(() -> registry.run("--server.port=0", "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ISSUER,
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + System.getProperty("provider.public-key", "none")))
                .rootCause().hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences");
    }

    @Test
    void theRoleInTheTokenDecidesWhatItMayDo() throws Exception {
        String auditor = token(PROVIDER, "AUDITOR", List.of(), Duration.ofMinutes(5));
        mvc.perform(get("/api/outcomes/benchmarks").header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor)).andExpect(status().isOk());
        mvc.perform(get("/api/exports/manifest").header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor)).andExpect(status().isForbidden());
        register(auditor, "IT-BO-01").andExpect(status().isForbidden());
    }

    private ResultActions register(String token, String centre) throws Exception {
        ObjectNode body = json.valueToTree(registrationAt(centre, "P-TOKEN-1"));
        body.put("caseId", UUID.randomUUID().toString());
        return mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private static String token(KeyPair signer, String role, List<String> centres, Duration validFor) throws JOSEException {
        return token(signer, role, centres, validFor, ISSUER, AUDIENCE);
    }

    private static String token(KeyPair signer, String role, List<String> centres, Duration validFor, String issuer, String audience)
            throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(SUBJECT).issuer(issuer).audience(audience)
                .claim("preferred_username", "dr.provider").claim("registry_role", role).claim("registry_centres", centres)
                .issueTime(Date.from(now.minusSeconds(600))).expirationTime(Date.from(now.plus(validFor))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(signer.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
