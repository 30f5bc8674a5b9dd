package io.boneregistry.app.security;

import io.boneregistry.api.access.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads who a provider's token names: the user as issuer and subject (stable, and never a local
 * account's name, which cannot hold '#' or ':'), with the name to show, role and centres from the
 * claims {@link SecurityProperties.Jwt} names. A token without a known role is refused rather than
 * given a default one.
 */
class JwtRequesters implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Jwt claims;

    JwtRequesters(SecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        if (token.getIssuer() == null || token.getSubject() == null) throw invalid("the token must name its issuer and subject");
        String userId = token.getIssuer() + "#" + token.getSubject();
        String name = token.getClaimAsString(claims.userClaim());
        Role role = role(token.getClaimAsString(claims.roleClaim()));
        List<String> centres = token.hasClaim(claims.centresClaim()) ? token.getClaimAsStringList(claims.centresClaim()) : List.of();
        Set<String> scope = centres == null ? Set.of() : new HashSet<>(centres);
        return new RequesterAuthentication(new Requester(userId, name == null ? token.getSubject() : name, role, scope), token);
    }

    private Role role(String claim) {
        try {
            return Role.valueOf(String.valueOf(claim));
        } catch (IllegalArgumentException unknown) {
            throw invalid("claim " + claims.roleClaim() + " must name one of the registry's roles");
        }
    }

    private static OAuth2AuthenticationException invalid(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, why, null));
    }
}
