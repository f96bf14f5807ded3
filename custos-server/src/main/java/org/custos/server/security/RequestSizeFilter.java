package org.custos.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.custos.server.web.PayloadTooLargeException;
import org.custos.server.web.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 413 a request whose declared length exceeds the limit, before any of it is read, and cuts off a
 * body sent without a length once it passes the limit. List imports (hashes, spooled to a file and streamed)
 * have their own, larger limit.
 */
final class RequestSizeFilter extends OncePerRequestFilter {
    private static final Pattern IMPORT = Pattern.compile("/v1/lists/[^/]+/imports");
    private final long maxBytes;
    private final long maxImportBytes;
    private final ProblemWriter problems;

    RequestSizeFilter(long maxBytes, long maxImportBytes, ProblemWriter problems) {
        this.maxBytes = maxBytes;
        this.maxImportBytes = maxImportBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = IMPORT.matcher(request.getRequestURI()).matches() ? maxImportBytes : maxBytes;
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close");
            problems.write(response, new PayloadTooLargeException(limit));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedRequest(request, limit) : request, response);
    }
}
