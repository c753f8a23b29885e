package org.dutygraph.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a target's number binds: ≥ for 以上/不少于/至少, ≤ for 以下/以内/不超过, = otherwise. Stored by name on the
 * Target node (GE, LE, EQ); the API shows its symbol.
 */
public enum Comparison {
    GE("≥", "at least"), LE("≤", "at most"), EQ("=", "exactly");

    private final String symbol;
    private final String words;

    Comparison(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    public String symbol() {
        return symbol;
    }

    /** The comparison in words, for a report cell that must not start with = or ≥. */
    public String words() {
        return words;
    }

    /** The comparison written {@code symbol} (≥, ≤, =), if any. */
    public static Optional<Comparison> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
    }
}
