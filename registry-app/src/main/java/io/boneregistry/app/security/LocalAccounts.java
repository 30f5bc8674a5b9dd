package io.boneregistry.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The local accounts of {@link SecurityProperties}, looked up by user name. */
class LocalAccounts implements UserDetailsService {

    private final Map<String, LocalAccount> accounts;

    LocalAccounts(SecurityProperties properties) {
        this.accounts = properties.accounts().stream()
                .map(account -> new LocalAccount(new Requester(account.username(), account.role(), account.centres()), account.password()))
                .collect(Collectors.toUnmodifiableMap(LocalAccount::getUsername, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LocalAccount account = accounts.get(username);
        if (account == null) throw new UsernameNotFoundException("no local account " + username);
        return account;
    }
}
