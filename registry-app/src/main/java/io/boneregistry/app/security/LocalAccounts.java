package io.boneregistry.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The local accounts of {@link SecurityProperties}, looked up by user name. A name is letters, digits,
 * '.', '_' and '-', so that it can never be mistaken for a provider's user ({@code issuer#subject}).
 */
class LocalAccounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Map<String, LocalAccount> accounts;

    LocalAccounts(List<SecurityProperties.Account> accounts) {
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).username() == null || !USERNAME.matcher(accounts.get(i).username()).matches()) {
                throw new IllegalStateException("registry.security.accounts[" + i + "].username must be letters, digits, '.', '_' or '-'");
            }
        }
        this.accounts = accounts.stream()
                .map(account -> new LocalAccount(new Requester(account.username(), account.username(), account.role(), account.centres()),
                        account.password()))
                .collect(Collectors.toUnmodifiableMap(LocalAccount::getUsername, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LocalAccount account = accounts.get(username);
        if (account == null) throw new UsernameNotFoundException("no local account " + username);
        return account;
    }
}
