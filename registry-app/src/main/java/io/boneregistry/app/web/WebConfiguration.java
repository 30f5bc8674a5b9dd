package io.boneregistry.app.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final EntryBodyResolver entryBodyResolver;
    private final HandlerMethodArgumentResolver centreFilterResolver;

    WebConfiguration(EntryBodyResolver entryBodyResolver, @Qualifier("centreFilterResolver") HandlerMethodArgumentResolver centreFilterResolver) {
        this.entryBodyResolver = entryBodyResolver;
        this.centreFilterResolver = centreFilterResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(entryBodyResolver);
        resolvers.add(centreFilterResolver);
    }
}
