package org.custos.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.custos.server.web.PayloadTooLargeException;
import org.custos.server.web.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses with 413 a request whose declared length exceeds the limit, before any of it is read. */
final class RequestSizeFilter extends OncePerRequestFilter {
    private final long maxBytes;
    private final ProblemWriter problems;

    RequestSizeFilter(long maxBytes, ProblemWriter problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setHeader("Connection", "close");
            problems.write(response, new PayloadTooLargeException(maxBytes));
            return;
        }
        chain.doFilter(request, response);
    }
}
