package io.boneregistry.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

/**
 * The first-run accounts' passwords, which everyone who read the README knows: accepted on the
 * embedded default (no profile), where a unit tries the registry out, and refused at start-up in any
 * other profile, naming the setting to change.
 */
final class ShippedPasswords {

    static final List<String> SHIPPED = List.of("clinician", "auditor", "manager");
    private static final Logger log = LoggerFactory.getLogger(ShippedPasswords.class);

    private ShippedPasswords() {
    }

    static void refuseOutsideTheEmbeddedDefault(List<SecurityProperties.Account> accounts, PasswordEncoder encoder, Environment environment) {
        boolean embeddedDefault = environment.getActiveProfiles().length == 0;
        for (int i = 0; i < accounts.size(); i++) {
            String hash = accounts.get(i).password();
            if (hash == null || SHIPPED.stream().noneMatch(shipped -> matches(encoder, shipped, hash))) continue;
            String setting = "registry.security.accounts[" + i + "].password";
            if (embeddedDefault) {
                log.warn("local account {} has the password shipped for a first run; change {} before anyone else can reach this registry",
                        accounts.get(i).username(), setting);
            } else {
                throw new IllegalStateException(setting + " (account " + accounts.get(i).username() + ") is a password shipped with the registry, "
                        + "for a first run on the embedded default only. Set another hash (environment REGISTRY_SECURITY_ACCOUNTS_" + i
                        + "_PASSWORD='{bcrypt}...'), or turn local accounts off with registry.security.local-accounts.enabled=false.");
            }
        }
    }

    private static boolean matches(PasswordEncoder encoder, String password, String hash) {
        try {
            return encoder.matches(password, hash);
        } catch (IllegalArgumentException unknownAlgorithm) {
            return false;
        }
    }
}
