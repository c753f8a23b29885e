package org.dutygraph.api;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Map;

/**
 * Limits that keep one request from taking the service down: query depth and complexity (graphql-java's
 * instrumentations refuse the query before it runs) and a per-request timeout that answers with a GraphQL error.
 * Introspection stays on: its depth and complexity are well inside the limits. Page size is limited where pages are
 * made ({@code tasks(first)} ≤ 500).
 */
@Configuration
class GraphQlLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${dutygraph.graphql.max-depth:15}") int depth) {
        return new MaxQueryDepthInstrumentation(depth);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(@Value("${dutygraph.graphql.max-complexity:2000}") int complexity) {
        return new MaxQueryComplexityInstrumentation(complexity);
    }

    @Bean
    WebGraphQlInterceptor requestTimeout(@Value("${dutygraph.graphql.timeout:30s}") Duration timeout) {
        // Executed on a worker so that the timer can answer while a slow query still blocks its thread.
        return (request, chain) -> Mono.defer(() -> chain.next(request)).subscribeOn(Schedulers.boundedElastic()).timeout(timeout, Mono.fromSupplier(() -> {
            ExecutionResult result = ExecutionResultImpl.newExecutionResult()
                    .addError(GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                            .message("the request took longer than " + timeout.toMillis() + " ms and was abandoned")
                            .extensions(Map.of("timeoutMillis", timeout.toMillis())).build())
                    .build();
            return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
        }));
    }
}
