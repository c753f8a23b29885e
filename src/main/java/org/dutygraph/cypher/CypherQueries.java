package org.dutygraph.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Cypher text of the project. By rule, Cypher lives only in {@code cypher/*.cypher} files (with
 * {@code $parameters}), never inline in Java: {@code get("import/merge-document")} returns the
 * single statement of {@code classpath:cypher/import/merge-document.cypher}, loaded once.
 */
@Component
public class CypherQueries {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The one statement of {@code cypher/<name>.cypher}, with comments and a trailing {@code ;} removed. */
    public String get(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private String load(String name) {
        // The class path of this class, not the calling thread's context class loader: a worker thread made while an
        // earlier application context in this JVM served requests may still carry that context's (stopped) loader.
        var statements = CypherScript.statements(read(new org.springframework.core.io.ClassPathResource(
                "cypher/" + name + ".cypher", CypherQueries.class.getClassLoader())));
        if (statements.size() != 1) {
            throw new IllegalStateException("cypher/" + name + ".cypher must hold exactly one statement, found "
                    + statements.size());
        }
        return statements.getFirst();
    }

    static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Cypher file " + resource.getDescription(), e);
        }
    }
}
