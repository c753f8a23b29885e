package org.dutygraph.api;

import org.dutygraph.access.AdminToken;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.dutygraph.settings.DutygraphProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Limits that keep one request from taking the service down: query depth and complexity (graphql-java's
 * instrumentations refuse the query before it runs, on every request, a cached document's too) and a per-request
 * timeout that answers with a GraphQL error; and the cache of parsed and validated query documents.
 * Introspection stays on: its depth and complexity are well inside the limits. Page size is limited where pages are
 * made ({@code tasks(first)} ≤ 500).
 */
@Configuration
class GraphQlLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(DutygraphProperties properties) {
        return new MaxQueryDepthInstrumentation(properties.graphql().maxDepth());
    }

    /**
     * The complexity limit counts what a query would build, not only the fields it names: a list field multiplies
     * what is below it by its size ({@code first} or {@code limit} where the query gives one, else
     * {@value #LIST_ESTIMATE}), and each analysis (a field the schema marks {@code @analysis}: a whole-document
     * computation) costs {@value #ANALYSIS_COST}. Four nested lists of departments and tasks, or a thousand aliases of
     * one analysis, are refused before anything runs.
     */
    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(DutygraphProperties properties) {
        return new MaxQueryComplexityInstrumentation(properties.graphql().maxComplexity(), (env, childComplexity) -> {
            long cost = 1L + childComplexity;
            if (env.getFieldDefinition().hasAppliedDirective(ANALYSIS_DIRECTIVE)) {
                cost += ANALYSIS_COST;
            }
            if (graphql.schema.GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()) instanceof graphql.schema.GraphQLList) {
                Object first = env.getArguments().get("first");
                Object limit = env.getArguments().get("limit");
                long size = first instanceof Number n ? n.longValue() : limit instanceof Number n ? n.longValue() : LIST_ESTIMATE;
                cost *= Math.max(1, size);
            }
            return (int) Math.min(Integer.MAX_VALUE, cost);
        });
    }

    /**
     * Parsed and validated documents kept by query text ({@link ParsedDocumentCache}; bounded by
     * {@code dutygraph.graphql.document-cache-entries} and {@code document-cache-chars}). The limits above still judge
     * every execution: they run as the operation is about to execute, with its variables.
     */
    @Bean
    ParsedDocumentCache parsedDocumentCache(DutygraphProperties properties) {
        return new ParsedDocumentCache(properties.graphql().documentCacheEntries(), properties.graphql().documentCacheChars());
    }

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocuments(ParsedDocumentCache cache) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }

    /** How many items a list field is taken to return where the query does not say. */
    static final int LIST_ESTIMATE = 10;

    /** What one analysis costs beside its fields: it reads and computes over a whole document. */
    static final int ANALYSIS_COST = 100;

    /** The schema's mark on an analysis field ({@code @analysis} in graphql/schema.graphqls). */
    static final String ANALYSIS_DIRECTIVE = "analysis";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GraphQlLimits.class);

    /**
     * Where GraphQL requests execute: one virtual thread each. Reactor's bounded elastic scheduler, used before, has
     * 10 threads per core (20 here): ten imports waiting for each other's departments held them all, and a cheap
     * query queued behind them past its 30 s timeout. Concurrency into the database stays bounded by the driver's
     * connection pool.
     */
    @Bean(destroyMethod = "dispose")
    Scheduler graphQlRequestScheduler() {
        return Schedulers.fromExecutorService(Executors.newVirtualThreadPerTaskExecutor(), "graphql-request");
    }

    /**
     * Answers a request that runs past {@code timeout} with a GraphQL error, and stops its work: the execution is
     * cancelled (graphql-java fetches no further field of it), and the statement still running ends with its
     * transaction's timeout. One log line says which request was abandoned.
     *
     * <p>A request carrying the admin token has {@code adminTimeout} instead: an import of a document of thousands
     * of tasks is legitimate work that takes longer than a query should (benchmarks/large-documents.md), and only
     * the token's holder can ask for it; every other caller keeps the short limit.
     */
    @Bean
    WebGraphQlInterceptor requestTimeout(DutygraphProperties properties, AdminToken adminToken,
                                         Scheduler graphQlRequestScheduler) {
        Duration anyoneTimeout = properties.graphql().timeout();
        Duration adminTimeout = properties.graphql().adminTimeout();
        return (request, chain) -> {
            Duration timeout = adminToken.accepts(request.getHeaders().getFirst("Authorization")) ? adminTimeout : anyoneTimeout;
            java.util.concurrent.atomic.AtomicReference<graphql.ExecutionInput> execution = new java.util.concurrent.atomic.AtomicReference<>();
            request.configureExecutionInput((input, builder) -> {
                graphql.ExecutionInput built = builder.build();
                execution.set(built);
                return built;
            });
            // Executed on a worker so that the timer can answer while a slow query still blocks its thread.
            return Mono.defer(() -> chain.next(request)).subscribeOn(graphQlRequestScheduler).timeout(timeout, Mono.fromSupplier(() -> {
                graphql.ExecutionInput running = execution.get();
                if (running != null) {
                    running.cancel();
                }
                log.warn("GraphQL request {} abandoned after {} ms: {}", request.getId(), timeout.toMillis(),
                        abbreviated(request.getDocument()));
                ExecutionResult result = ExecutionResultImpl.newExecutionResult()
                        .addError(GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                                .message("the request took longer than " + timeout.toMillis() + " ms and was abandoned")
                                .extensions(Map.of("timeoutMillis", timeout.toMillis())).build())
                        .build();
                return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
            }));
        };
    }

    private static String abbreviated(String document) {
        String line = document.replaceAll("\\s+", " ").strip();
        return line.length() <= 160 ? line : line.substring(0, 160) + "…";
    }
}
