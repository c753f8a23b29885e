package org.dutygraph.api;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Map;

/** Hands the HTTP Authorization header to data fetchers as the GraphQL context value {@value #KEY}. */
@Component
class AuthorizationHeaderInterceptor implements WebGraphQlInterceptor {

    static final String KEY = "authorization";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY, header)).build());
        }
        return chain.next(request);
    }
}
