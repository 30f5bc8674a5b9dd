package io.boneregistry.app.web;

/** One thing wrong with a request, named by the field (JSON path, header or parameter) at fault. */
public record FieldProblem(String field, String message) {
}
