package io.boneregistry.app.security;

import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

/**
 * The provider's tokens, checked the same way whichever key source is configured (public key, key
 * set, or the issuer's discovery document, in that order of preference): signature, time, the issuer
 * ({@code issuer-uri}) and the registry's audience ({@code audiences}), both required.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ProviderTokens.ProviderConfigured.class)
class ProviderTokens {

    @Bean
    JwtDecoder providerTokenDecoder(OAuth2ResourceServerProperties properties, Environment environment) {
        ProviderSettings.requireIssuerAndAudience(environment);
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(jwt.getIssuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, audience -> audience != null && audience.stream().anyMatch(jwt.getAudiences()::contains)));
        if (jwt.getPublicKeyLocation() != null) return validated(NimbusJwtDecoder.withPublicKey(publicKey(jwt)).build(), validator);
        if (jwt.getJwkSetUri() != null) return validated(NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).build(), validator);
        return new SupplierJwtDecoder(() -> validated((NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(jwt.getIssuerUri()), validator));
    }

    private static NimbusJwtDecoder validated(NimbusJwtDecoder decoder, OAuth2TokenValidator<Jwt> validator) {
        decoder.setJwtValidator(validator);
        return decoder;
    }

    private static RSAPublicKey publicKey(OAuth2ResourceServerProperties.Jwt jwt) {
        try (InputStream pem = jwt.getPublicKeyLocation().getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ProviderSettings.PREFIX + "public-key-location", e);
        }
    }

    static class ProviderConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return ProviderSettings.configured(context.getEnvironment());
        }
    }
}
