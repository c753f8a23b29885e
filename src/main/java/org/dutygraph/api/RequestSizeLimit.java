package org.dutygraph.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a request body larger than {@code dutygraph.http.max-body-bytes} (default 20 MB) before reading it, with a
 * 413 whose body is a GraphQL-shaped error, so a 50 MB upload costs nothing and tells the client why.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(@Value("${dutygraph.http.max-body-bytes:20000000}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"errors\":[{\"message\":\"the request body has " + length
                    + " bytes; the limit is " + maxBytes + " (dutygraph.http.max-body-bytes)\","
                    + "\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
