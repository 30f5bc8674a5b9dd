package io.boneregistry.app.security;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import java.util.List;

/**
 * Whether an OpenID Connect provider is configured (spring.security.oauth2.resourceserver.jwt.*, by
 * issuer, key set or public key), and that it names both the issuer and the audience its tokens must
 * carry: without them a token the provider signed for any other application, or another issuer using
 * the same keys, would open the registry. Spring Boot's decoder checks both once they are set.
 */
final class ProviderSettings {

    static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";
    private static final List<String> KEY_SOURCES = List.of("issuer-uri", "jwk-set-uri", "public-key-location");

    private ProviderSettings() {
    }

    static boolean configured(Environment environment) {
        return KEY_SOURCES.stream().anyMatch(source -> StringUtils.hasText(environment.getProperty(PREFIX + source)));
    }

    static void requireIssuerAndAudience(Environment environment) {
        if (!configured(environment)) return;
        if (!StringUtils.hasText(environment.getProperty(PREFIX + "issuer-uri"))) {
            throw new IllegalStateException(PREFIX + "issuer-uri must name the provider's issuer: tokens of any issuer signed with "
                    + "the same keys would be accepted otherwise");
        }
        if (!StringUtils.hasText(environment.getProperty(PREFIX + "audiences")) && !StringUtils.hasText(environment.getProperty(PREFIX + "audiences[0]"))) {
            throw new IllegalStateException(PREFIX + "audiences must name the registry's audience (its client id at the provider): "
                    + "tokens the provider issued for any other application would be accepted otherwise");
        }
    }
}
