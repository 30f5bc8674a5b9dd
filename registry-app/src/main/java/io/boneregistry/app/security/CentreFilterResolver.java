package io.boneregistry.app.security;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Binds a {@link CentreFilter} exactly as Spring binds any query-parameter record (parameters, and
 * whatever else the binder reads), validates it, and then applies the handler's centre scope to the
 * centre the handler will actually receive: the policy sees the bound value, not a guess at it.
 */
@Component
class CentreFilterResolver implements HandlerMethodArgumentResolver {

    private final ServletModelAttributeMethodProcessor binding = new ServletModelAttributeMethodProcessor(true);
    private final CentreScope scope;

    CentreFilterResolver(CentreScope scope) {
        this.scope = scope;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CentreFilter.class.isAssignableFrom(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) throws Exception {
        Object filter = binding.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
        CentreScoped.Scope declared = CentreScope.declaredScope(parameter.getMethod(), parameter.getContainingClass());
        scope.filterByCentre(declared, ((CentreFilter) filter).centreId());
        return filter;
    }
}
