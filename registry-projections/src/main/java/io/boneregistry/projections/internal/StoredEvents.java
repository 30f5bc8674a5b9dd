package io.boneregistry.projections.internal;

import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every event the event store can hold: the message records with a {@link Revision}, found once on the class path. */
public final class StoredEvents {

    private static final String MESSAGES = "io.boneregistry.api";
    private static final List<Class<?>> TYPES = scan();

    private StoredEvents() {
    }

    public static List<Class<?>> types() {
        return TYPES;
    }

    private static List<Class<?>> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        List<Class<?>> events = new ArrayList<>();
        for (BeanDefinition event : scanner.findCandidateComponents(MESSAGES)) {
            events.add(ClassUtils.resolveClassName(event.getBeanClassName(), StoredEvents.class.getClassLoader()));
        }
        if (events.isEmpty()) throw new IllegalStateException("no stored event found in " + MESSAGES);
        events.sort(Comparator.comparing(Class::getName));
        return List.copyOf(events);
    }
}
