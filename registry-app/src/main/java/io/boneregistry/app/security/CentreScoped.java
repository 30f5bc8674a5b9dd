package io.boneregistry.app.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What of one centre's cases a request handler gives or takes, so that {@link CentreScope} decides
 * on the handler Spring matched and the values it decoded, never on the spelling of a URI. Every
 * handler of the registry declares it (on the method, or on its controller); one that does not is
 * refused.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CentreScoped {

    Scope value();

    enum Scope {
        /** The case named by the handler's {@code caseId} path variable: outside one's centres it does not exist (404). */
        CASE,
        /** Rows of the cases of the centre named by {@code centreId}: a registry manager any, others one of theirs (403). */
        CENTRE_ROWS,
        /** Statistics of every centre: a clinician narrows them only to their own centres (403); case-level items follow the query's scope. */
        STATISTICS,
        /** Decided by the handler on what it received: a registration's centre, a case list's filter. */
        HANDLER,
        /** Nothing of any one centre's cases: the catalogue, administration, exports and reports for the roles that may have them. */
        REGISTRY
    }
}
