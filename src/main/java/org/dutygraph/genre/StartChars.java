package org.dutygraph.genre;

import java.util.BitSet;
import java.util.regex.Matcher;

/**
 * Where a long alternation of the genre's patterns can begin. {@link Matcher#find} tries every alternative at every
 * position; a pattern whose matches all begin with one of a few characters is found much faster by trying only where
 * such a character stands. The result is the same as {@code find}: the leftmost match at or after {@code from}.
 */
public final class StartChars {

    private final BitSet chars = new BitSet(Character.MAX_VALUE + 1);

    private StartChars() {
    }

    /** The characters of {@code characters}, and those of the ranges {@code ranges} (pairs: first, last). */
    public static StartChars of(String characters, char... ranges) {
        StartChars s = new StartChars();
        characters.chars().forEach(s.chars::set);
        for (int i = 0; i + 1 < ranges.length; i += 2) {
            s.chars.set(ranges[i], ranges[i + 1] + 1);
        }
        return s;
    }

    /** Whether a match may begin at {@code at}. */
    public boolean at(CharSequence text, int at) {
        return chars.get(text.charAt(at));
    }

    /**
     * The leftmost match at or after {@code from}, trying the pattern only where {@code starts} allows. The matcher's
     * bounds are made transparent and not anchoring, so look-behinds and {@code ^} read the text around the region as
     * {@code find} would.
     */
    public static boolean find(Matcher m, CharSequence text, int from, Starts starts) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = from; at < text.length(); at++) {
            if (starts.at(text, at)) {
                m.region(at, text.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where a match may begin. */
    @FunctionalInterface
    public interface Starts {
        boolean at(CharSequence text, int at);
    }
}
