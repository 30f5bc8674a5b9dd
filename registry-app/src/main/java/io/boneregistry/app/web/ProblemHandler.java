package io.boneregistry.app.web;

import io.boneregistry.api.refusal.InvalidEntryException;
import io.boneregistry.api.refusal.OutsideScopeException;
import io.boneregistry.api.refusal.PathwayConflictException;
import io.boneregistry.api.refusal.UnknownEntryException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every refusal as RFC 9457 problem details: 400 naming each field at fault, 404 for what the
 * registry does not hold, 409 for what does not fit the case as it stands. A client's mistake is
 * never a 500; a database out of reach or out of room is a 503 with Retry-After; an unexpected
 * failure is a 500, without internals in the body.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final DataSource dataSource;

    ProblemHandler(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        return badRequest(e.getMessage(), e.problems());
    }

    @ExceptionHandler(InvalidEntryException.class)
    ProblemDetail invalidEntry(InvalidEntryException e) {
        return badRequest(e.field() + ": " + e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail invalidCommand(JSR303ViolationException e) {
        List<FieldProblem> problems = e.getViolations().stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
        return badRequest("invalid entry", problems);
    }

    @ExceptionHandler({UnknownEntryException.class, AggregateNotFoundException.class, NotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        String detail = e instanceof AggregateNotFoundException ? "no such case" : e.getMessage();
        return problem(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    /** The case's own refusal of a sender outside its centre: the same answers as the HTTP layer's scope. */
    @ExceptionHandler(OutsideScopeException.class)
    ProblemDetail outsideScope(OutsideScopeException e) {
        if (e.existingCase()) return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        return forbidden(new ForbiddenException("request", e.getMessage()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Forbidden", e.field() + ": " + e.getMessage());
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ProblemDetail tooLarge(RequestTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", e.getMessage());
    }

    @ExceptionHandler(PathwayConflictException.class)
    ProblemDetail conflict(PathwayConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict with the case", e.getMessage());
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Concurrent change",
                "the case was changed by another request at the same time; reload it and retry");
    }

    /** Seconds a client is told to wait before sending again a request the database could not take. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        Optional<StorageUnavailable> storage = StorageUnavailable.of(e);
        if (storage.isPresent()) {
            log.warn("database unavailable ({}): {}", storage.get(), e.toString());
            renewConnections();
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", storage.get().detail));
        }
        log.error("unexpected failure", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "the registry could not complete the request"));
    }

    /**
     * The pool's connections may be dead without the pool knowing: H2 closes its file after a failed
     * write (a full disk) and answers every statement on the old connections "closed" (90098), which
     * HikariCP does not take for a broken connection. Evicting them makes the next request open the
     * database again, so the registry recovers by itself once there is room or the database is back.
     */
    private void renewConnections() {
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(@NonNull TypeMismatchException ex, @NonNull HttpHeaders headers,
                                                        @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        String message = "'" + ex.getValue() + "' is not a valid " + (ex.getRequiredType() == null ? "value"
                : ex.getRequiredType().isEnum() ? "value: one of " + List.of(ex.getRequiredType().getEnumConstants())
                : ex.getRequiredType().getSimpleName());
        return ResponseEntity.badRequest().body(badRequest(field + ": " + message, List.of(new FieldProblem(field, message))));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(@NonNull HandlerMethodValidationException ex,
                                                                            @NonNull HttpHeaders headers,
                                                                            @NonNull HttpStatusCode status,
                                                                            @NonNull WebRequest request) {
        List<FieldProblem> problems = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(badRequest("invalid request parameters", problems));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
                                                                  @NonNull HttpHeaders headers, @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getFieldErrors().forEach(error -> problems.add(new FieldProblem(error.getField(), error.isBindingFailure()
                ? "'" + error.getRejectedValue() + "' is not a valid value" : error.getDefaultMessage())));
        ex.getGlobalErrors().forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(badRequest("invalid request parameters", problems));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(@NonNull MissingServletRequestParameterException ex,
                                                                          @NonNull HttpHeaders headers, @NonNull HttpStatusCode status,
                                                                          @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest(ex.getParameterName() + " is required",
                List.of(new FieldProblem(ex.getParameterName(), "is required"))));
    }

    private static ProblemDetail badRequest(String detail, List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
        problem.setProperty("errors", problems);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
