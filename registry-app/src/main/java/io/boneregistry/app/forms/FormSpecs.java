package io.boneregistry.app.forms;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.boneregistry.api.answers.AskedWhen;
import io.boneregistry.api.answers.Completeness;
import io.boneregistry.api.answers.Supplementary;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry's form read off its record: every component becomes an input of the right kind, with
 * what Bean Validation says of it (required, bounds, past dates, length) and the unit its name
 * carries. So the forms follow the API as it changes, with nothing written twice.
 */
final class FormSpecs {

    /** Name endings and the unit they carry, longest first. */
    private static final Map<String, String> UNITS = units();
    /** Numbers whose name carries no unit: scales, counts and laboratory values, by their whole name. */
    private static final Map<String, String> NAMED_UNITS = Map.ofEntries(
            Map.entry("vas", "0–10"), Map.entry("treatedSiteVas", "0–10"), Map.entry("neuralgiaIntensity", "0–10"), Map.entry("cirseGrade", "1–6"),
            Map.entry("analgesicLadderStep", "0–3"), Map.entry("ecog", "0–4"), Map.entry("birthYear", "year"),
            Map.entry("pt", "s"), Map.entry("ptt", "s"), Map.entry("inr", "ratio"), Map.entry("platelets", "×10⁹/L"),
            Map.entry("whiteCells", "×10⁹/L"), Map.entry("localisationCount", "n"), Map.entry("electrodeCount", "n"),
            Map.entry("probeCount", "n"), Map.entry("fibreCount", "n"), Map.entry("channels", "n"), Map.entry("injectionSites", "n"),
            Map.entry("followsStep", "step no."), Map.entry("powerW", "W"));

    private FormSpecs() {
    }

    static List<FieldSpec> of(Class<?> record) {
        return fields(record, "");
    }

    private static List<FieldSpec> fields(Class<?> record, String prefix) {
        List<FieldSpec> fields = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) fields.add(field(component, prefix + component.getName()));
        return fields;
    }

    private static FieldSpec field(RecordComponent component, String name) {
        AnnotatedElement constraints = Completeness.declaration(component);
        FieldSpec spec = input(component, name, constraints);
        List<FieldSpec.Condition> askedWhen = Arrays.stream(constraints.getAnnotationsByType(AskedWhen.class))
                .map(condition -> new FieldSpec.Condition(condition.field(), List.of(condition.is()))).toList();
        return new FieldSpec(spec.name(), spec.kind(), spec.required(), spec.min(), spec.max(), spec.pastOrPresent(), spec.maxLength(),
                spec.unit(), spec.values(), spec.fields(), spec.discriminator(), spec.variants(), askedWhen.isEmpty() ? null : askedWhen,
                constraints.isAnnotationPresent(Supplementary.class) ? Boolean.TRUE : null);
    }

    private static FieldSpec input(RecordComponent component, String name, AnnotatedElement constraints) {
        Class<?> type = component.getType();
        boolean required = type.isPrimitive() && type != boolean.class || has(constraints, NotNull.class) || has(constraints, NotBlank.class)
                || has(constraints, NotEmpty.class);
        Double min = min(constraints, type == Integer.class || type == int.class);
        Double max = has(constraints, Max.class) ? Double.valueOf(constraints.getAnnotation(Max.class).value()) : null;
        Integer maxLength = has(constraints, Size.class) ? constraints.getAnnotation(Size.class).max() : null;
        String unit = unit(component.getName());
        if (name.endsWith("procedureId")) return spec(name, "procedure", required, null, null, null, null, null, null, null, null, null);
        if (type == String.class) return spec(name, maxLength != null && maxLength > 100 ? "longText" : "text", required, null, null, null, maxLength, null, null, null, null, null);
        if (type == LocalDate.class) return spec(name, "date", required, null, null, has(constraints, PastOrPresent.class), null, null, null, null, null, null);
        if (type == Integer.class || type == int.class) return spec(name, "integer", required, min, max, null, null, unit, null, null, null, null);
        if (type == Double.class || type == double.class) return spec(name, "number", required, min, max, null, null, unit, null, null, null, null);
        if (type == Boolean.class) return spec(name, "boolean", required, null, null, null, null, null, null, null, null, null);
        if (type.isEnum()) return spec(name, "choice", required, null, null, null, null, null, values(type), null, null, null);
        if (type.isRecord()) return spec(name, "group", required, null, null, null, null, null, null, fields(type, name + "."), null, null);
        if (type == List.class) {
            Class<?> item = itemType(component.getGenericType());
            if (item.isEnum()) return spec(name, "choices", required, null, null, null, null, null, values(item), null, null, null);
            if (item.isRecord()) return spec(name, "list", required, null, null, null, null, null, null, fields(item, name + "[]."), null, null);
            if (item.isAnnotationPresent(JsonTypeInfo.class)) return steps(name, required, item);
        }
        throw new IllegalStateException("no form input for " + name + " of type " + type);
    }

    /** The smallest value allowed; {@code @Positive} is 1 for whole numbers and above 0 (shown as 0) for decimals. */
    private static Double min(AnnotatedElement constraints, boolean whole) {
        if (has(constraints, Min.class)) return (double) constraints.getAnnotation(Min.class).value();
        if (has(constraints, Positive.class)) return whole ? 1.0 : 0.0;
        if (has(constraints, PositiveOrZero.class)) return 0.0;
        return null;
    }

    private static FieldSpec steps(String name, boolean required, Class<?> sealed) {
        String discriminator = sealed.getAnnotation(JsonTypeInfo.class).property();
        Map<String, List<FieldSpec>> variants = new LinkedHashMap<>();
        for (JsonSubTypes.Type subtype : sealed.getAnnotation(JsonSubTypes.class).value()) {
            variants.put(subtype.name(), fields(subtype.value(), name + "[]."));
        }
        return spec(name, "steps", required, null, null, null, null, null, null, null, discriminator, variants);
    }

    private static FieldSpec spec(String name, String kind, boolean required, Double min, Double max, Boolean past, Integer maxLength,
                                  String unit, List<String> values, List<FieldSpec> fields, String discriminator,
                                  Map<String, List<FieldSpec>> variants) {
        return new FieldSpec(name, kind, required, min, max, past, maxLength, unit, values, fields, discriminator, variants, null, null);
    }

    private static boolean has(AnnotatedElement element, Class<? extends java.lang.annotation.Annotation> annotation) {
        return element.isAnnotationPresent(annotation);
    }

    private static Class<?> itemType(Type generic) {
        Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
        return item instanceof Class<?> type ? type : (Class<?>) ((ParameterizedType) item).getRawType();
    }

    private static List<String> values(Class<?> enumeration) {
        return Arrays.stream(enumeration.getEnumConstants()).map(value -> ((Enum<?>) value).name()).toList();
    }

    private static String unit(String name) {
        if (NAMED_UNITS.containsKey(name)) return NAMED_UNITS.get(name);
        return UNITS.entrySet().stream().filter(unit -> name.endsWith(unit.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("MmePerDay", "mg MME/day");
        units.put("TemperatureC", "°C");
        units.put("Percent", "%");
        units.put("DiameterUm", "µm");
        units.put("DiameterMm", "mm");
        units.put("MarginMm", "mm");
        units.put("SpacingCm", "cm");
        units.put("Minutes", "min");
        units.put("Months", "months");
        units.put("Gauge", "G");
        units.put("Ml", "ml");
        units.put("Mm", "mm");
        units.put("Cm", "cm");
        units.put("Min", "min");
        return units;
    }
}
