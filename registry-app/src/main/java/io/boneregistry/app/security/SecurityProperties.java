package io.boneregistry.app.security;

import io.boneregistry.api.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Set;

/**
 * How users are known: local accounts (the embedded default's first run; passwords stored as hashes
 * in Spring Security's {id}hash form) and, where an OpenID Connect provider is configured through
 * spring.security.oauth2.resourceserver.jwt.*, the JWT claims that carry role and centres.
 */
@ConfigurationProperties("registry.security")
public record SecurityProperties(List<Account> accounts, LocalAccountSettings localAccounts, Jwt jwt, Limits limits) {

    public SecurityProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        localAccounts = localAccounts == null ? new LocalAccountSettings(null) : localAccounts;
        jwt = jwt == null ? new Jwt(null, null, null) : jwt;
        limits = limits == null ? new Limits(null) : limits;
    }

    /** A local account: user name, password hash, role and centres. */
    public record Account(String username, String password, Role role, Set<String> centres) {
        public Account {
            centres = centres == null ? Set.of() : Set.copyOf(centres);
        }
    }

    /**
     * Whether local accounts may log in (form and basic): as set, or, when not set, unless an OpenID
     * Connect provider is configured, whose tokens then are the only way in.
     */
    public record LocalAccountSettings(Boolean enabled) {
    }

    /** The claims of an OpenID Connect provider's access token that the registry reads. */
    public record Jwt(String userClaim, String roleClaim, String centresClaim) {
        public Jwt {
            userClaim = userClaim == null ? "preferred_username" : userClaim;
            roleClaim = roleClaim == null ? "registry_role" : roleClaim;
            centresClaim = centresClaim == null ? "registry_centres" : centresClaim;
        }
    }

    /** Hardening: the largest request body accepted, in bytes. */
    public record Limits(Long maxRequestBytes) {
        public Limits {
            maxRequestBytes = maxRequestBytes == null ? 256 * 1024L : maxRequestBytes;
        }
    }
}
