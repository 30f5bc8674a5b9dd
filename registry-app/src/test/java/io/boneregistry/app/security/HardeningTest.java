package io.boneregistry.app.security;

import io.boneregistry.app.DemoRegistryTest;
import io.boneregistry.app.TestRequesters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's hardening, over a real port as a browser meets it: CSRF protection for the logged-in
 * session, security headers, request size limits, and error bodies without internals. Nothing here
 * changes the registry (a request that passes the CSRF check is then refused as invalid).
 */
@DemoRegistryTest
class HardeningTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Test
    void aLoggedInBrowserSessionWritesOnlyWithItsCsrfToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = browser.send(get("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> login = browser.send(form("/login", "username=" + TestRequesters.BOLOGNA_CLINICIAN
                + "&password=" + TestRequesters.PASSWORD + "&_csrf=" + encoded(csrfToken(loginPage))), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

        HttpResponse<String> forged = browser.send(json("/api/cases", "{}").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a write from the session without the token, as a forged cross-site request").isEqualTo(403);

        String token = csrfToken(browser.send(get("/logout").build(), HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> own = browser.send(json("/api/cases", "{}").header("X-CSRF-TOKEN", token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).as("the dashboard's own request passes the check, then is refused as an empty entry").isEqualTo(400);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(authorised(get("/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cache-Control")).as("the page shell holds no data: revalidated by its ETag")
                .hasValueSatisfying(value -> assertThat(value).contains("no-cache"));
        HttpResponse<String> data = HttpClient.newHttpClient().send(authorised(get("/api/cases")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.headers().firstValue("Cache-Control")).as("an answer with data is never stored")
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void theSessionCookieIsLaxAlwaysAndSecureWithHstsBehindATlsProxy() throws Exception {
        HttpResponse<String> direct = HttpClient.newHttpClient().send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> proxied = HttpClient.newHttpClient().send(get("/login").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(direct.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(proxied.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Secure"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void anOversizedBodyIsRefusedWhetherItsLengthIsGivenOrNot() throws Exception {
        byte[] huge = ("{\"centreId\": \"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> sized = HttpClient.newHttpClient().send(authorised(post("/api/cases", HttpRequest.BodyPublishers.ofByteArray(huge)))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(authorised(post("/api/cases",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))).build(), HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> answer : List.of(sized, chunked)) {
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void errorBodiesShowNoInternals() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (HttpRequest request : List.of(authorised(json("/api/cases", "{not json")).build(),
                authorised(get("/api/cases/no-such-case/history")).build(), authorised(get("/api/no-such-endpoint")).build())) {
            String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            assertThat(body).doesNotContain("Exception", "\tat ", "io.boneregistry", "org.springframework");
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpRequest.Builder post(String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json").POST(body);
    }

    private HttpRequest.Builder json(String path, String body) {
        return post(path, HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return request.header("Authorization", TestRequesters.as(TestRequesters.BOLOGNA_CLINICIAN));
    }

    private static String csrfToken(String page) {
        Matcher field = CSRF_FIELD.matcher(page);
        assertThat(field.find()).as("a CSRF field in " + page).isTrue();
        return field.group(1);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
