package io.boneregistry.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

/** An authenticated bearer token, read into the registry's {@link Requester}. */
class RequesterAuthentication extends AbstractAuthenticationToken {

    private final Requester requester;
    private final Jwt token;

    RequesterAuthentication(Requester requester, Jwt token) {
        super(List.of(new SimpleGrantedAuthority(requester.authority())));
        this.requester = requester;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Requester getPrincipal() {
        return requester;
    }

    @Override
    public String getName() {
        return requester.userId();
    }
}
