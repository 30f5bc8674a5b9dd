package io.boneregistry.app.exportlog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The recorder runs after the scope checks, so that only exports that go ahead are recorded. */
@Configuration(proxyBeanMethods = false)
class ExportLogConfiguration {

    @Bean
    WebMvcConfigurer exportsRecorded(ExportRecorder recorder) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(recorder).order(Ordered.LOWEST_PRECEDENCE);
            }
        };
    }
}
