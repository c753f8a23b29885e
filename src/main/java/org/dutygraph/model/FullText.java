package org.dutygraph.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a user types into a Lucene query for the task_text index. Each whitespace-separated word becomes a
 * quoted phrase (with the CJK analyzer, "绿色屋顶" then matches those four characters in order, not any text that
 * shares one bigram), and all words must match. Lucene's special characters are escaped, so input is never syntax.
 */
public final class FullText {

    private FullText() {
    }

    public static String query(String input) {
        return Arrays.stream(input.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .map(w -> "\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(" AND "));
    }
}
