package org.custos.server.web;

import org.custos.CustosException;
import org.custos.InvalidValueException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.DatabindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception a controller throws into a problem response: Custos exceptions through
 * {@link ProblemMapping}, Spring MVC's own through its defaults, and anything else into a 500 that names no
 * internal detail (the cause is logged by class only, never with request data).
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(CustosException.class)
    ResponseEntity<ProblemDetail> custos(CustosException e) {
        ProblemDetail problem = ProblemMapping.of(e);
        if (problem.getStatus() >= 500) {
            LOG.error("request failed: {}", e.getClass().getName());
        }
        var response = ResponseEntity.status(problem.getStatus());
        if (e instanceof QuotaExceededException quota) {
            response.header("Retry-After", String.valueOf(quota.retryAfterSeconds()));
        }
        return response.body(problem);
    }

    /**
     * A body that does not bind: the Custos exception a value's constructor threw, if any, else the field
     * path alone. Jackson's own message is not returned, since it may quote the body.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CustosException custos) {
                return ResponseEntity.status(ProblemMapping.status(custos)).body(ProblemMapping.of(custos));
            }
        }
        String path = e.getCause() instanceof DatabindException bind ? bind.getPathReference() : "";
        return ResponseEntity.badRequest().body(ProblemMapping.of(new InvalidValueException(
                "the request body is not valid JSON for this endpoint" + (path.isEmpty() ? "" : " at " + path))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return custos(new ForbiddenException("this API key lacks the role this action needs"));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        LOG.error("unexpected failure: {} at {}", e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the server failed to handle this request; nothing was changed");
        return ResponseEntity.internalServerError().body(problem);
    }
}
