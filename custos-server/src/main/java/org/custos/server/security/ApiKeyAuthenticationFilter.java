package org.custos.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.custos.server.key.Role;
import org.custos.server.web.AuthenticationFailedException;
import org.custos.server.web.ProblemWriter;
import org.custos.server.web.RateLimitedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer custos_...} (or {@code X-Api-Key}) against the stored key
 * hashes, then applies the key's rate. A request without a key goes on anonymous, and Spring Security
 * refuses it where a role is needed; a key that is presented but not valid is refused here with 401.
 * Authorities are {@code ROLE_<role>}, plus {@code OPERATOR} for the operator organisation's keys.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
    private final KeyAuthenticator authenticator;
    private final RateLimiter limiter;
    private final ProblemWriter problems;

    ApiKeyAuthenticationFilter(KeyAuthenticator authenticator, RateLimiter limiter, ProblemWriter problems) {
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = authenticator.authenticate(token).orElse(null);
        if (caller == null) {
            problems.write(response, new AuthenticationFailedException(
                    "the API key is malformed, unknown, revoked or expired"));
            return;
        }
        if (!limiter.tryAcquire(caller.keyId(), caller.requestsPerSecond())) {
            problems.write(response, new RateLimitedException(caller.requestsPerSecond()));
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities(caller)));
        chain.doFilter(request, response);
    }

    private static List<GrantedAuthority> authorities(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : caller.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        if (caller.operator()) {
            authorities.add(new SimpleGrantedAuthority("OPERATOR"));
        }
        return authorities;
    }

    private static String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
        }
        return request.getHeader("X-Api-Key");
    }
}
