package io.boneregistry.app.audit;

import io.boneregistry.api.audit.Amendment;
import io.boneregistry.api.audit.AuditMetadata;
import io.boneregistry.api.refusal.InvalidEntryException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Stamps each command with who sent it, so every event it causes carries it. Until authentication
 * exists, the user, role and centre come from the X-User, X-Role and X-Centre headers; what a
 * server-side sender (the demo loader) already stamped is kept.
 */
@Component
public class RequesterMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String USER_HEADER = "X-User";
    public static final String ROLE_HEADER = "X-Role";
    public static final String CENTRE_HEADER = "X-Centre";
    static final String ANONYMOUS = "anonymous";
    static final String DEFAULT_ROLE = "CLINICIAN";
    private static final Set<String> ROLES = Set.of("CLINICIAN", "AUDITOR", "REGISTRY_MANAGER");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        Map<String, Object> requester = requester();
        return (index, command) -> {
            Map<String, Object> metaData = new HashMap<>(requester);
            if (command.getPayload() instanceof Amendment amendment && amendment.reasonForChange() != null) {
                metaData.put(AuditMetadata.REASON_FOR_CHANGE, amendment.reasonForChange());
            }
            metaData.putAll(command.getMetaData());
            return command.andMetaData(metaData);
        };
    }

    private static Map<String, Object> requester() {
        Map<String, Object> requester = new HashMap<>();
        HttpServletRequest request = currentRequest();
        String user = request == null ? null : request.getHeader(USER_HEADER);
        String role = request == null ? null : request.getHeader(ROLE_HEADER);
        String centre = request == null ? null : request.getHeader(CENTRE_HEADER);
        requester.put(AuditMetadata.USER_ID, user == null ? ANONYMOUS : checked(USER_HEADER, user));
        requester.put(AuditMetadata.ROLE, role == null ? DEFAULT_ROLE : checkedRole(role));
        if (centre != null) requester.put(AuditMetadata.CENTRE_ID, checked(CENTRE_HEADER, centre));
        return requester;
    }

    private static String checked(String header, String value) {
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new InvalidEntryException(header, "letters, digits and . _ @ - only, 1 to 64 characters");
        }
        return value;
    }

    private static String checkedRole(String role) {
        if (!ROLES.contains(role)) throw new InvalidEntryException(ROLE_HEADER, "one of " + ROLES);
        return role;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
