package org.dutygraph.api;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Query documents parsed and validated once, kept by their text: the page and the usual clients send the same few
 * operations over and over with different variables, and parsing and validating one took a good part of what GraphQL
 * adds to a cheap analysis (benchmarks/corpus.md). graphql-java 25 ships no such cache (its
 * {@code InMemoryPersistedQueryCache} is for persisted-query ids and unbounded), and Caffeine is not a dependency, so
 * this is a small least-recently-used map.
 *
 * <p>Bounded twice, so that a client sending unique queries cannot grow memory: at most {@code maxEntries} documents
 * and at most {@code maxChars} characters of query text in all (a parsed document takes some tens of bytes per
 * character of its text); the least recently used go first, and a query longer than {@code maxChars} is parsed and
 * validated every time, never kept. Only documents that validated without error are kept: an invalid query is judged
 * again each time it comes (its errors may be worded in the request's locale).
 *
 * <p>The depth and complexity limits ({@link GraphQlLimits}) are graphql-java instrumentations that judge the
 * operation as it is about to execute, with that request's variables, not at validation: a cached document is judged
 * again on every request, and a {@code limit} variable that makes it too large is refused that time.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

    private final int maxEntries;
    private final long maxChars;
    private final LinkedHashMap<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    ParsedDocumentCache(int maxEntries, long maxChars) {
        this.maxEntries = maxEntries;
        this.maxChars = maxChars;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry cached = get(query);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input); // outside the lock: parsing is the slow part
        if (!entry.hasErrors()) {
            put(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** Whether the document of this query text is kept now. */
    synchronized boolean holds(String query) {
        return entries.containsKey(query);
    }

    private synchronized PreparsedDocumentEntry get(String query) {
        return entries.get(query);
    }

    private synchronized void put(String query, PreparsedDocumentEntry entry) {
        if (maxEntries == 0 || query.length() > maxChars || entries.containsKey(query)) {
            return;
        }
        entries.put(query, entry);
        chars += query.length();
        var oldest = entries.entrySet().iterator();
        while (entries.size() > maxEntries || chars > maxChars) {
            Map.Entry<String, PreparsedDocumentEntry> evicted = oldest.next();
            chars -= evicted.getKey().length();
            oldest.remove();
        }
    }
}
