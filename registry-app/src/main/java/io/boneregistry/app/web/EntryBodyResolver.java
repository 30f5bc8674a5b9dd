package io.boneregistry.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.validation.PrintableTextValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads an {@link EntryBody}: strict JSON (unknown fields and fractional integers refused), the
 * envelope fields taken off, the content bound and validated. Every problem is collected and
 * reported by field, so a client learns all that is wrong at once.
 */
@Component
class EntryBodyResolver implements HandlerMethodArgumentResolver {

    static final int MAX_TEXT = 2000;

    private final ObjectMapper json;
    private final Validator validator;

    EntryBodyResolver(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(EntryBody.class) && parameter.getParameterType() == Entry.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws IOException {
        EntryBody annotation = parameter.getParameterAnnotation(EntryBody.class);
        ObjectNode body = readObject(webRequest.getNativeRequest(HttpServletRequest.class));
        List<FieldProblem> problems = new ArrayList<>();
        String justification = envelopeText(body, "justification", problems);
        String reasonForChange = envelopeText(body, "reasonForChange", problems);
        String clientId = annotation.idField().isEmpty() ? null
                : annotation.amendment() ? sameAsPath(body, annotation.idField(), webRequest, problems)
                : clientId(body, annotation.idField(), problems);
        if (annotation.amendment() && (reasonForChange == null || reasonForChange.isBlank())) {
            problems.add(new FieldProblem("reasonForChange", "an amendment needs a reason for change"));
        }
        JavaType contentType = json.constructType(ResolvableType.forMethodParameter(parameter).getGeneric(0).getType());
        Object content = bind(body, contentType, problems);
        if (content != null) problems.addAll(violations(content));
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        return new Entry<>(content, clientId, justification, reasonForChange);
    }

    private ObjectNode readObject(HttpServletRequest request) throws IOException {
        JsonNode tree;
        try {
            tree = json.readTree(request.getInputStream());
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(List.of(new FieldProblem("body", "malformed JSON: " + e.getOriginalMessage())));
        }
        if (tree == null || tree.isMissingNode() || !tree.isObject()) {
            throw new InvalidRequestException(List.of(new FieldProblem("body", "a JSON object is required")));
        }
        return (ObjectNode) tree;
    }

    private static String envelopeText(ObjectNode body, String field, List<FieldProblem> problems) {
        JsonNode value = body.remove(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) {
            problems.add(new FieldProblem(field, "must be text"));
            return null;
        }
        if (value.textValue().length() > MAX_TEXT) problems.add(new FieldProblem(field, "at most " + MAX_TEXT + " characters"));
        if (!PrintableTextValidator.isPrintable(value.textValue())) {
            problems.add(new FieldProblem(field, PrintableTextValidator.MESSAGE));
        }
        return value.textValue();
    }

    private static String clientId(ObjectNode body, String field, List<FieldProblem> problems) {
        String id = envelopeText(body, field, problems);
        if (id == null) return null;
        try {
            return UUID.fromString(id).toString().equals(id.toLowerCase()) ? id : invalidId(field, problems);
        } catch (IllegalArgumentException e) {
            return invalidId(field, problems);
        }
    }

    /** An amendment's id in the body, if given, must be the one its path names. */
    @SuppressWarnings("unchecked")
    private static String sameAsPath(ObjectNode body, String field, NativeWebRequest request, List<FieldProblem> problems) {
        String id = envelopeText(body, field, problems);
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        String expected = path == null ? null : path.get(field);
        if (id != null && !id.equals(expected)) problems.add(new FieldProblem(field, "must be the id in the path (" + expected + "), or left out"));
        return expected;
    }

    private static String invalidId(String field, List<FieldProblem> problems) {
        problems.add(new FieldProblem(field, "must be a UUID"));
        return null;
    }

    private Object bind(ObjectNode body, JavaType type, List<FieldProblem> problems) {
        ObjectReader reader = json.readerFor(type)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        try {
            return reader.readValue(body);
        } catch (JsonMappingException e) {
            problems.add(new FieldProblem(path(e), message(e)));
            return null;
        } catch (IOException e) {
            problems.add(new FieldProblem("body", "unreadable: " + e.getMessage()));
            return null;
        }
    }

    private List<FieldProblem> violations(Object content) {
        return validator.validate(content).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (e instanceof InvalidTypeIdException) path.append(path.isEmpty() ? "" : ".").append("technique");
        return path.isEmpty() ? "body" : path.toString();
    }

    static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) return "unknown field";
        if (e instanceof InvalidTypeIdException typeId) {
            return typeId.getTypeId() == null ? "technique is required" : "unknown technique '" + typeId.getTypeId() + "'";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return "'" + format.getValue() + "' is not one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not a valid " + simpleName(format.getTargetType());
        }
        return "invalid value: " + e.getOriginalMessage();
    }

    private static String simpleName(Class<?> type) {
        if (type == null) return "value";
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-mm-dd)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Double", "double" -> "number";
            case "Boolean", "boolean" -> "true or false";
            default -> type.getSimpleName();
        };
    }
}
