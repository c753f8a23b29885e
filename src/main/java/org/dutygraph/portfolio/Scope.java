package org.dutygraph.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which documents an answer covers (GraphQL input Scope): the documents listed, or a selection of every document in
 * the store: one jurisdiction (with or without the governments above it), one year, the documents in force on one
 * date. Selection fields combine: a jurisdiction and a date select that jurisdiction's documents in force that day.
 */
public record Scope(List<String> documentIds, String jurisdiction, Boolean withLevelsAbove, Integer year,
                    String inForceOn) {

    /** Longest jurisdiction accepted: region names are a few characters (内蒙古自治区呼和浩特市赛罕区: 14). */
    static final int MAX_JURISDICTION = 100;

    /** The fields given, as a message names them: jurisdiction 常州市钟楼区 with the levels above, in force on 2021-06-01. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (documentIds != null) {
            parts.add("documents " + String.join(", ", documentIds.stream().limit(5).toList())
                    + (documentIds.size() > 5 ? " and " + (documentIds.size() - 5) + " more" : ""));
        }
        if (jurisdiction != null) {
            parts.add("jurisdiction " + jurisdiction + (Boolean.TRUE.equals(withLevelsAbove) ? " with the levels above" : ""));
        }
        if (year != null) {
            parts.add("year " + year);
        }
        if (inForceOn != null) {
            parts.add("in force on " + inForceOn);
        }
        return String.join(", ", parts);
    }

    /** Refuses a scope that selects nothing or says two things: the message names the fields. */
    void check() {
        boolean listed = documentIds != null;
        boolean selected = jurisdiction != null || year != null || inForceOn != null;
        if (listed && selected) {
            throw new IllegalArgumentException("a scope gives either documentIds or a selection (jurisdiction, year, "
                    + "inForceOn), not both");
        }
        if (!listed && !selected) {
            throw new IllegalArgumentException("an empty scope: give documentIds, or a jurisdiction, a year or inForceOn");
        }
        if (listed && documentIds.isEmpty()) {
            throw new IllegalArgumentException("documentIds lists no document");
        }
        if (jurisdiction != null && jurisdiction.length() > MAX_JURISDICTION) {
            throw new IllegalArgumentException("jurisdiction is a region's name of at most " + MAX_JURISDICTION
                    + " characters (常州市钟楼区), was " + jurisdiction.length() + " characters");
        }
        if (Boolean.TRUE.equals(withLevelsAbove) && jurisdiction == null) {
            throw new IllegalArgumentException("withLevelsAbove needs a jurisdiction to look above");
        }
        if (inForceOn != null) {
            try {
                LocalDate.parse(inForceOn);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("inForceOn must be a date like 2021-06-01, was '" + inForceOn + "'");
            }
        }
    }
}
