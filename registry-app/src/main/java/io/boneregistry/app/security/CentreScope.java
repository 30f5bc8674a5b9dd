package io.boneregistry.app.security;

import io.boneregistry.app.web.ForbiddenException;
import io.boneregistry.app.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

/**
 * The centre-scope policies of issue 7, applied to every request once its role is known to be allowed
 * (see {@link SecurityConfiguration}). A case outside one's scope answers 404, as if it did not exist;
 * a centre named outside one's scope answers 403.
 */
@Component
public class CentreScope implements HandlerInterceptor {

    private final CaseCentres cases;

    CentreScope(CaseCentres cases) {
        this.cases = cases;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Requester requester = Requesters.current().orElse(null);
        if (requester == null) return true;
        String caseId = pathVariables(request).get("caseId");
        String path = request.getRequestURI();
        if (caseId != null && path.startsWith("/api/cases/")) {
            casesOfCentresOutsideOnesScopeDoNotExistPolicy(request, requester, caseId);
        } else if (path.equals("/api/outcomes/dataset")) {
            caseLevelDataOnlyOfCentresInScopePolicy(request, requester);
        } else if (path.startsWith("/api/outcomes/") || path.startsWith("/api/quality/")) {
            cliniciansFilterStatisticsOnlyByTheirOwnCentrePolicy(request, requester);
        }
        return true;
    }

    /** Reading or writing a case: clinicians their centres' cases, auditors their granted centres', managers any. */
    private void casesOfCentresOutsideOnesScopeDoNotExistPolicy(HttpServletRequest request, Requester requester, String caseId) {
        boolean writes = !"GET".equals(request.getMethod()) && !requester.is(Role.REGISTRY_MANAGER);
        boolean allowed = cases.centreOf(caseId)
                .map(centre -> writes ? requester.writesCasesOf(centre) : requester.seesCasesOf(centre))
                .orElse(true);   // an unknown case is the controller's 404 (or a retried registration's business)
        if (!allowed) {
            AccessRefusals.log(request, "case " + caseId + " is outside the requester's centres");
            throw new NotFoundException("no case " + caseId);
        }
    }

    /** The row-level dataset: managers any centre; others must name one of theirs. */
    private void caseLevelDataOnlyOfCentresInScopePolicy(HttpServletRequest request, Requester requester) {
        if (requester.is(Role.REGISTRY_MANAGER)) return;
        String centre = request.getParameter("centreId");
        if (centre == null || !requester.seesCasesOf(centre)) {
            throw refused("centreId", "case-level data only of a centre you are granted: name it with centreId, one of "
                    + requester.centres());
        }
    }

    /** Outcome statistics of every centre are for auditors and managers; a clinician may narrow them to their own centre. */
    private void cliniciansFilterStatisticsOnlyByTheirOwnCentrePolicy(HttpServletRequest request, Requester requester) {
        String centre = request.getParameter("centreId");
        if (requester.is(Role.CLINICIAN) && centre != null && !requester.centres().contains(centre)) {
            throw refused("centreId", "statistics of one centre only for your own centres " + requester.centres());
        }
    }

    /** A 403 for a centre named outside the requester's scope, logged. */
    public static ForbiddenException refused(String field, String why) {
        AccessRefusals.log(currentRequest(), why);
        return new ForbiddenException(field, why);
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
