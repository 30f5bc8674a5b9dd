package io.boneregistry.api.answers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an entry still lacks: every question that applies to it ({@link AskedWhen}) and was left
 * unanswered, unless it is {@link Supplementary}, named by its JSON path ({@code lesion.fractureRisk},
 * {@code steps[1].leakage}). Required answers are never missing (the registry refuses an entry
 * without them); an empty list is an answer ("none"), a list left out is not.
 */
public final class Completeness {

    private Completeness() {
    }

    /** The missing answers of an entry's content (a record of registry-api), in the order the record declares them. */
    public static List<String> missing(Object entry) {
        List<String> missing = new ArrayList<>();
        visit(entry, entry, "", missing);
        return List.copyOf(missing);
    }

    private static void visit(Object root, Object record, String prefix, List<String> missing) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String path = prefix + component.getName();
            Object value = value(record, component);
            AnnotatedElement declared = declaration(component);
            if (value == null) {
                if (!required(declared) && !declared.isAnnotationPresent(Supplementary.class) && asked(root, record, declared)) {
                    missing.add(path);
                }
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) != null && list.get(i).getClass().isRecord()) visit(root, list.get(i), path + "[" + i + "].", missing);
                }
            } else if (value.getClass().isRecord() && value.getClass().getPackageName().startsWith("io.boneregistry")) {
                visit(root, value, path + ".", missing);
            }
        }
    }

    /** Whether the question applies: it has no condition, or one of its conditions holds. */
    public static boolean asked(Object root, Object record, AnnotatedElement declared) {
        AskedWhen[] conditions = declared.getAnnotationsByType(AskedWhen.class);
        if (conditions.length == 0) return true;
        return Arrays.stream(conditions).anyMatch(condition -> holds(root, record, condition));
    }

    private static boolean holds(Object root, Object record, AskedWhen condition) {
        String field = condition.field();
        List<Object> values = field.startsWith("/") ? values(root, field.substring(1)) : values(record, field);
        return values.stream().anyMatch(value -> Arrays.stream(condition.is()).anyMatch(wanted -> wanted.equals(spoken(value))));
    }

    /** The values at a dotted path, through every item of a list named with "[]". */
    private static List<Object> values(Object from, String path) {
        List<Object> current = new ArrayList<>();
        current.add(from);
        for (String part : path.split("\\.")) {
            boolean each = part.endsWith("[]");
            String name = each ? part.substring(0, part.length() - 2) : part;
            List<Object> next = new ArrayList<>();
            for (Object object : current) {
                Object value = object == null ? null : property(object, name);
                if (each && value instanceof List<?> list) next.addAll(list);
                else next.add(value);
            }
            current = next;
        }
        return current;
    }

    private static String spoken(Object value) {
        if (value instanceof Enum<?> constant) return constant.name();
        return String.valueOf(value);
    }

    private static Object property(Object object, String name) {
        if (!object.getClass().isRecord()) return null;
        for (RecordComponent component : object.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) return value(object, component);
        }
        // a technique step's discriminator is a method, not a component
        try {
            return object.getClass().getMethod(name).invoke(object);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Object value(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("unreadable " + component, e);
        }
    }

    private static boolean required(AnnotatedElement declared) {
        return declared.isAnnotationPresent(NotNull.class) || declared.isAnnotationPresent(NotBlank.class)
                || declared.isAnnotationPresent(NotEmpty.class);
    }

    /** Constraints and declarations on a record component sit on its field as well. */
    public static AnnotatedElement declaration(RecordComponent component) {
        try {
            Field field = component.getDeclaringRecord().getDeclaredField(component.getName());
            return field;
        } catch (NoSuchFieldException e) {
            return component;
        }
    }
}
