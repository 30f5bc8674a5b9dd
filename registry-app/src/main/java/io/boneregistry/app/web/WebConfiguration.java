package io.boneregistry.app.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
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

    /** Tomcat's refusals of requests it cannot read are problem details too (see ProblemReportValve). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDetailsFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) host.getPipeline().removeValve(valve);
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(entryBodyResolver);
        resolvers.add(centreFilterResolver);
    }
}
