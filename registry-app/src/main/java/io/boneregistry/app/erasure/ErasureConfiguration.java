package io.boneregistry.app.erasure;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link SealingSerializer} around Axon's event serializer, and makes a failed key destruction fail its erasure. */
@Configuration
class ErasureConfiguration {

    static final String EVENT_SERIALIZER = "eventSerializer";

    @Bean
    static BeanPostProcessor sealPersonalFieldsOfEvents(ObjectProvider<CaseKeys> keys, ObjectProvider<ObjectMapper> json) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof Serializer serializer && EVENT_SERIALIZER.equals(name)
                        ? new SealingSerializer(serializer, new SealedFields(json.getObject()), keys.getObject()) : bean;
            }
        };
    }

    @Bean
    ConfigurerModule keyShreddingFailsItsErasure() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(KeyShredder.NAME, config -> PropagatingErrorHandler.instance());
    }
}
