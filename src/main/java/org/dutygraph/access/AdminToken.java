package org.dutygraph.access;

import org.dutygraph.settings.DutygraphProperties;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Guards mutations: they need {@code Authorization: Bearer <DUTYGRAPH_ADMIN_TOKEN>}; without a configured token, none pass. */
@Component
public class AdminToken {

    /** A mutation was refused; {@code configured} tells whether a token was configured at all. */
    public static class RefusedException extends RuntimeException {
        private final boolean configured;

        RefusedException(String message, boolean configured) {
            super(message);
            this.configured = configured;
        }

        public boolean configured() {
            return configured;
        }
    }

    private final String token;

    public AdminToken(DutygraphProperties properties) {
        this.token = properties.adminToken() == null || properties.adminToken().isBlank() ? null : properties.adminToken();
    }

    /** @param authorization the request's Authorization header, or null */
    public void check(String authorization) {
        if (token == null) {
            throw new RefusedException("mutations are disabled: no admin token is configured on the server (set DUTYGRAPH_ADMIN_TOKEN)", false);
        }
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new RefusedException("this mutation needs the admin token: send 'Authorization: Bearer <token>'", true);
        }
        if (!matches(authorization)) {
            throw new RefusedException("the admin token is wrong", true);
        }
    }

    /**
     * Whether {@code authorization} carries the configured admin token (never, when none is configured). Asked of
     * every GraphQL request (its timeout depends on it), so it answers without building a refusal.
     */
    public boolean accepts(String authorization) {
        return token != null && authorization != null && authorization.startsWith("Bearer ") && matches(authorization);
    }

    /** Compares in constant time, so the answer's timing says nothing of how much of the token was right. */
    private boolean matches(String authorization) {
        byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }
}
