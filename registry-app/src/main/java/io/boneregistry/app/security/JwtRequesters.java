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
 * Reads who a provider's token names: user, role and centres from the claims {@link SecurityProperties.Jwt}
 * names. A token without a known role is refused rather than given a default one.
 */
class JwtRequesters implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Jwt claims;

    JwtRequesters(SecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String user = token.getClaimAsString(claims.userClaim());
        if (user == null) user = token.getSubject();
        Role role = role(token.getClaimAsString(claims.roleClaim()));
        List<String> centres = token.hasClaim(claims.centresClaim()) ? token.getClaimAsStringList(claims.centresClaim()) : List.of();
        Set<String> scope = centres == null ? Set.of() : new HashSet<>(centres);
        return new RequesterAuthentication(new Requester(user, role, scope), token);
    }

    private Role role(String claim) {
        try {
            return Role.valueOf(String.valueOf(claim));
        } catch (IllegalArgumentException unknown) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    "claim " + claims.roleClaim() + " must name one of the registry's roles", null));
        }
    }
}
