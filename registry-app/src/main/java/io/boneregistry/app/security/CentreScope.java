package io.boneregistry.app.security;

import io.boneregistry.api.access.Role;
import io.boneregistry.app.registeredcases.RegisteredCases;
import io.boneregistry.app.web.ForbiddenException;
import io.boneregistry.app.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * The centre-scope policies, applied once the request's role is known to be allowed (see
 * {@link SecurityConfiguration}) and its handler matched: each handler's {@link CentreScoped}
 * says which applies, and the policy reads the path variables and parameters as the handler will
 * receive them (decoded), so no spelling of a URI can walk around it. A case outside one's scope
 * answers 404, as if it did not exist; a centre named outside one's scope answers 403. Behind this
 * line, queries for case data carry the requester's scope and the case refuses writes from outside
 * its centre.
 */
@Component
public class CentreScope implements HandlerInterceptor {

    private final RegisteredCases cases;

    CentreScope(RegisteredCases cases) {
        this.cases = cases;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith("io.boneregistry.")) {
            return true;
        }
        CentreScoped.Scope scope = declaredScope(method.getMethod(), method.getBeanType());
        if (scope == CentreScoped.Scope.REGISTRY) return true;
        Requester requester = Requesters.current().orElseThrow(() -> refused("request", "log in first"));
        if (scope == CentreScoped.Scope.CASE) {
            casesOfCentresOutsideOnesScopeDoNotExistPolicy(request, requester, pathVariables(request).get("caseId"));
        } else if (scope != CentreScoped.Scope.HANDLER && !receivesCentreFilter(method)) {
            throw refused("request", "this handler declares a centre scope but receives no centre filter");
        }
        return true;
    }

    /** The policies on the centre a handler receives, once bound (see CentreFilterResolver). */
    void filterByCentre(CentreScoped.Scope scope, String centreId) {
        Requester requester = Requesters.current().orElseThrow(() -> refused("request", "log in first"));
        switch (scope) {
            case CENTRE_ROWS -> caseLevelDataOnlyOfCentresInScopePolicy(requester, centreId);
            case STATISTICS -> cliniciansFilterStatisticsOnlyByTheirOwnCentrePolicy(requester, centreId);
            case CASE, HANDLER, REGISTRY -> { }
        }
    }

    private static boolean receivesCentreFilter(HandlerMethod method) {
        for (var parameter : method.getMethodParameters()) {
            if (CentreFilter.class.isAssignableFrom(parameter.getParameterType())) return true;
        }
        return false;
    }

    /** The handler's declared scope, or a refusal when it declares none: an undeclared handler is never served. */
    static CentreScoped.Scope declaredScope(Method method, Class<?> controller) {
        CentreScoped declared = AnnotatedElementUtils.findMergedAnnotation(method, CentreScoped.class);
        if (declared == null) declared = AnnotatedElementUtils.findMergedAnnotation(controller, CentreScoped.class);
        if (declared == null) throw refused("request", "this handler declares no centre scope");
        return declared.value();
    }

    /** Reading or writing a case: clinicians their centres' cases, auditors their granted centres', managers any. */
    private void casesOfCentresOutsideOnesScopeDoNotExistPolicy(HttpServletRequest request, Requester requester, String caseId) {
        if (caseId == null) throw refused("caseId", "this handler names no case");
        boolean writes = !"GET".equals(request.getMethod()) && !requester.is(Role.REGISTRY_MANAGER);
        boolean allowed = cases.of(caseId).map(RegisteredCases.RegisteredCase::centreId)
                .map(centre -> writes ? requester.writesCasesOf(centre) : requester.seesCasesOf(centre))
                .orElse(true);   // an unknown case is the handler's 404 (or a retried registration's business)
        if (!allowed) {
            AccessRefusals.log(request, "case " + caseId + " is outside the requester's centres");
            throw new NotFoundException("no case " + caseId);
        }
    }

    /** The row-level dataset: managers any centre; others must name one of theirs. */
    private static void caseLevelDataOnlyOfCentresInScopePolicy(Requester requester, String centre) {
        if (requester.is(Role.REGISTRY_MANAGER)) return;
        if (centre == null || !requester.seesCasesOf(centre)) {
            throw refused("centreId", "case-level data only of a centre you are granted: name it with centreId, one of "
                    + requester.centres());
        }
    }

    /** Outcome statistics of every centre are for auditors and managers; a clinician may narrow them to their own centre. */
    private static void cliniciansFilterStatisticsOnlyByTheirOwnCentrePolicy(Requester requester, String centre) {
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
