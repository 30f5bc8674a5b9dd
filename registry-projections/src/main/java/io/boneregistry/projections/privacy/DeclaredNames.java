package io.boneregistry.projections.privacy;

import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.privacy.Identifying;
import io.boneregistry.projections.internal.StoredEvents;
import org.axonframework.serialization.Revision;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON names under which personal values appear, read from the {@link FreeText} and
 * {@link Identifying} declarations on the components of every stored event (a class with a
 * {@link Revision}) and the records inside it. A name is personal wherever it appears when every
 * component of that name is declared so; otherwise only under the parent it is declared in
 * ({@code decision.reason} is free text, {@code closure.reason} a code). Read-model documents are
 * made of the events' values under the same names.
 */
record DeclaredNames(Set<String> freeText, Set<String> identifying) {

    private static final String OURS = "io.boneregistry";

    private record Occurrence(String parent, RecordComponent component) {
    }

    static DeclaredNames ofStoredEvents() {
        return of(StoredEvents.types());
    }

    static DeclaredNames of(Collection<Class<?>> events) {
        Map<String, List<Occurrence>> byName = new HashMap<>();
        Set<String> seen = new HashSet<>();
        events.forEach(event -> visit(event, null, byName, seen));
        return new DeclaredNames(names(byName, FreeText.class), names(byName, Identifying.class));
    }

    private static void visit(Class<?> type, String parent, Map<String, List<Occurrence>> byName, Set<String> seen) {
        if (!type.getPackageName().startsWith(OURS) || !seen.add(type.getName() + "@" + parent)) return;
        if (type.isSealed()) {
            for (Class<?> subclass : type.getPermittedSubclasses()) visit(subclass, parent, byName, seen);
        }
        if (!type.isRecord()) return;
        for (RecordComponent component : type.getRecordComponents()) {
            byName.computeIfAbsent(component.getName(), name -> new ArrayList<>()).add(new Occurrence(parent, component));
            inside(component.getGenericType(), component.getName(), byName, seen);
        }
    }

    private static void inside(Type type, String parent, Map<String, List<Occurrence>> byName, Set<String> seen) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) inside(argument, parent, byName, seen);
        } else if (type instanceof Class<?> owned) {
            visit(owned, parent, byName, seen);
        }
    }

    private static Set<String> names(Map<String, List<Occurrence>> byName, Class<? extends Annotation> declaration) {
        Set<String> names = new HashSet<>();
        byName.forEach((name, occurrences) -> {
            List<Occurrence> declared = occurrences.stream().filter(o -> o.component().isAnnotationPresent(declaration)).toList();
            if (declared.size() == occurrences.size()) {
                names.add(name);
                return;
            }
            for (Occurrence occurrence : declared) {
                if (occurrence.parent() == null) {
                    throw new IllegalStateException(occurrence.component() + " is @" + declaration.getSimpleName()
                            + " but an event's top-level " + name + " elsewhere is not: give one of them another name");
                }
                names.add(occurrence.parent() + "." + name);
            }
        });
        return Set.copyOf(names);
    }
}
