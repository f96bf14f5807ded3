package org.custos.server.web;

import java.net.URI;
import org.custos.CustosException;
import org.custos.InvalidValueException;
import org.custos.hash.ImageException;
import org.custos.lists.ListFormatException;
import org.custos.lists.terminology.UnknownLabelException;
import org.custos.video.VideoException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one place where a Custos exception becomes an RFC 9457 problem: its status, a stable type URI
 * ({@code urn:custos:problem:<slug>}), a title, and the exception's message as the detail. Messages never
 * carry a queried hash or content (invariant 1), so the detail is safe to return.
 */
public final class ProblemMapping {
    private ProblemMapping() {
    }

    public static ProblemDetail of(CustosException e) {
        HttpStatus status = status(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("urn:custos:problem:" + slug(status)));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    public static HttpStatus status(CustosException e) {
        return switch (e) {
            case InvalidValueException ignored -> HttpStatus.BAD_REQUEST;
            case ListFormatException ignored -> HttpStatus.BAD_REQUEST;
            case UnknownLabelException ignored -> HttpStatus.BAD_REQUEST;
            case QuotaExceededException ignored -> HttpStatus.TOO_MANY_REQUESTS;
            case ImageException ignored -> HttpStatus.UNPROCESSABLE_CONTENT;
            case VideoException ignored -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NotFoundException ignored -> HttpStatus.NOT_FOUND;
            case ConflictException ignored -> HttpStatus.CONFLICT;
            case PayloadTooLargeException ignored -> HttpStatus.CONTENT_TOO_LARGE;
            case RateLimitedException ignored -> HttpStatus.TOO_MANY_REQUESTS;
            case AuthenticationFailedException ignored -> HttpStatus.UNAUTHORIZED;
            case ForbiddenException ignored -> HttpStatus.FORBIDDEN;
            case UnsupportedMediaTypeException ignored -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case ServiceUnavailableException ignored -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    public static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
