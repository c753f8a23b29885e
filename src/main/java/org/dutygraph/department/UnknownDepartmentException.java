package org.dutygraph.department;

import java.util.List;

/** A department name or alias that no document uses; carries the nearest names to suggest. */
public class UnknownDepartmentException extends RuntimeException {
    private final List<String> suggestions;

    public UnknownDepartmentException(String name, List<String> suggestions) {
        super("unknown department '" + name + "'" + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?"));
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
