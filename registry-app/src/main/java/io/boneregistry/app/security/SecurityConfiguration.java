package io.boneregistry.app.security;

import io.boneregistry.app.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.List;

import static io.boneregistry.api.access.Role.AUDITOR;
import static io.boneregistry.api.access.Role.CLINICIAN;
import static io.boneregistry.api.access.Role.REGISTRY_MANAGER;

/**
 * Who may call what, by role (issue 7). Centre scope, which needs the case, is {@link CentreScope}'s.
 * Browsers log in with a form and a session (CSRF-protected); API clients send a provider's bearer
 * token or, for local accounts, basic credentials. Those are never asked for with a basic challenge,
 * so a browser never holds them and cannot be made to send them for another site.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain registrySecurity(HttpSecurity http, SecurityProperties properties, ObjectProvider<JwtDecoder> jwtDecoder,
                                         Environment environment) throws Exception {
        AccessRefusals refusals = new AccessRefusals();
        RequestMatcher api = new OrRequestMatcher(request -> request.getRequestURI().startsWith("/api/"), EndpointRequest.toAnyEndpoint());
        RequestMatcher withCredentials = request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/dashboard.css", "/assets/*/dashboard.css", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus")).hasRole(REGISTRY_MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/erasure").hasRole(REGISTRY_MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/api/cases", "/api/cases/**").hasRole(CLINICIAN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/cases/**").hasRole(CLINICIAN.name())
                        .requestMatchers("/api/exports/**", "/api/admin/**").hasRole(REGISTRY_MANAGER.name())
                        .requestMatchers("/api/reports/**").hasAnyRole(AUDITOR.name(), REGISTRY_MANAGER.name())
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(withCredentials))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(refusals, api)
                        .accessDeniedHandler(refusals))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()")));
        if (localAccountsEnabled(properties, environment)) {
            http.formLogin(form -> form.defaultSuccessUrl("/", false))
                    .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true));
        } else {
            http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(refusals, request -> true));
        }
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(refusals)
                    .accessDeniedHandler(refusals)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new JwtRequesters(properties.jwt()))));
        }
        return http.build();
    }

    /** A path the firewall will not pass (a double slash, a dot segment, a semicolon) is a logged 400 problem, not an error page. */
    @Bean
    RequestRejectedHandler firewallRefusalsAsProblems() {
        return (request, response, rejected) -> {
            AccessRefusals.log(request, "the firewall rejected the request: " + rejected.getMessage());
            ProblemWriter.write(response, HttpStatus.BAD_REQUEST, "the request's path or headers are not accepted");
        };
    }

    @Bean
    WebMvcConfigurer centreScopeOnEveryRequest(CentreScope scope) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(scope);
            }
        };
    }

    /** Local accounts' passwords are hashes with their algorithm named: {bcrypt}$2a$…, {argon2}…. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Local accounts' logins, throttled; none when local accounts are off. Outside the embedded default
     * the registry does not start while an account keeps a shipped password.
     */
    @Bean
    AuthenticationProvider localAccountLogins(SecurityProperties properties, PasswordEncoder encoder, Environment environment) {
        boolean enabled = localAccountsEnabled(properties, environment);
        if (enabled) ShippedPasswords.refuseOutsideTheEmbeddedDefault(properties.accounts(), encoder, environment);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new LocalAccounts(enabled ? properties.accounts() : List.of()));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledLogins(passwords, new LoginThrottle(Clock.systemUTC()));
    }

    /** As set in registry.security.local-accounts.enabled; when not set, on unless an OpenID Connect provider is configured. */
    static boolean localAccountsEnabled(SecurityProperties properties, Environment environment) {
        Boolean enabled = properties.localAccounts().enabled();
        return enabled != null ? enabled : !ProviderSettings.configured(environment);
    }
}
