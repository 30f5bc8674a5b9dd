package io.boneregistry.app.forms;

import io.boneregistry.api.access.Role;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.app.security.Requester;
import io.boneregistry.app.security.Requesters;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the workspace's forms are made of: each entry's inputs (read off the API's records), the
 * guideline's rules, with their sentences, that the live advice names, and who is asking.
 */
@RestController
@CentreScoped(CentreScoped.Scope.REGISTRY)
class FormsController {

    /** Each entry by its path segment under a case (docs/api.md), in pathway order; "cases" registers a new one. */
    static final Map<String, Class<?>> ENTRIES = entries();

    /** A rule as the pages show it: {@code sentence} in English, {@code text} the guideline's own Italian. */
    record Rule(String ruleId, String sentence, String text, String source, boolean checked) {
    }

    @GetMapping("/api/forms")
    Map<String, List<FieldSpec>> forms() {
        Map<String, List<FieldSpec>> forms = new LinkedHashMap<>();
        ENTRIES.forEach((entry, content) -> forms.put(entry, FormSpecs.of(content)));
        return forms;
    }

    record Me(String userId, String displayName, Role role, Set<String> centres, Set<String> writesFor) {
    }

    /** Who is using the workspace: what it shows as writable follows from the role and the centres written for. */
    @GetMapping("/api/me")
    Me me() {
        Requester requester = Requesters.required();
        return new Me(requester.userId(), requester.displayName(), requester.role(), requester.centres(), requester.writesFor());
    }

    /** The browser's CSRF token for its writes (API clients with credentials need none). */
    @GetMapping("/api/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }

    @GetMapping("/api/guideline/rules")
    List<Rule> rules() {
        return Arrays.stream(GuidelineRule.values()).map(rule -> new Rule(rule.id(), rule.sentence(), rule.text(), rule.source(),
                rule.encoded())).toList();
    }

    private static Map<String, Class<?>> entries() {
        Map<String, Class<?>> entries = new LinkedHashMap<>();
        for (WorkspaceEntry entry : WorkspaceEntry.values()) entries.put(entry.path, entry.content);
        return entries;
    }
}
