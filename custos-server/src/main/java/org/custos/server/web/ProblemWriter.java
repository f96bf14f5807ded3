package org.custos.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.custos.CustosException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem response from a servlet filter, where controller advice does not reach. */
@Component
public class ProblemWriter {
    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, CustosException e) throws IOException {
        ProblemDetail problem = ProblemMapping.of(e);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (e instanceof RateLimitedException) {
            response.setHeader("Retry-After", "1");
        }
        if (e instanceof AuthenticationFailedException) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
