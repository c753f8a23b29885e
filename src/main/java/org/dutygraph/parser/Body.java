package org.dutygraph.parser;

import org.dutygraph.genre.Characters;

import java.util.Arrays;
import java.util.List;

/**
 * The text as one stream: its lines joined with '\n', kept twice (as written, and folded for matching: full-width
 * ASCII to ASCII, one char for one char), with a map from positions back to 1-based line numbers. Reading works on
 * the stream, so a body scraped into a single line reads as well as one with a line per paragraph; where lines
 * exist, they are one more hint.
 */
final class Body {

    private final String original;
    private final String folded;
    private final int[] lineStarts;
    private final int[] lineNumbers;

    private Body(String original, String folded, int[] lineStarts, int[] lineNumbers) {
        this.original = original;
        this.folded = folded;
        this.lineStarts = lineStarts;
        this.lineNumbers = lineNumbers;
    }

    /** The lines of {@code source} from index {@code from} (0-based) on, joined. */
    static Body of(List<SourceText.Line> lines) {
        StringBuilder original = new StringBuilder();
        StringBuilder folded = new StringBuilder();
        int[] starts = new int[lines.size()];
        int[] numbers = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                original.append('\n');
                folded.append('\n');
            }
            starts[i] = original.length();
            numbers[i] = lines.get(i).number();
            original.append(lines.get(i).original());
            folded.append(lines.get(i).folded());
        }
        return new Body(original.toString(), folded.toString(), starts, numbers);
    }

    String original() {
        return original;
    }

    String folded() {
        return folded;
    }

    int length() {
        return folded.length();
    }

    /** The 1-based line of the source text that holds position {@code at}. */
    int line(int at) {
        if (lineStarts.length == 0) {
            return 1;
        }
        int i = Arrays.binarySearch(lineStarts, at);
        int index = i >= 0 ? i : Math.max(0, -i - 2);
        return lineNumbers[index];
    }

    /** The text in [start, end) as written, its line breaks removed (wrapped lines join), trimmed. */
    String text(int start, int end) {
        return Characters.strip(original.substring(start, end).replace("\n", ""));
    }

    /** The same in matching form. */
    String foldedText(int start, int end) {
        return Characters.strip(folded.substring(start, end).replace("\n", ""));
    }

    /** Whether a line break lies in [start, end). */
    boolean breaksBetween(int start, int end) {
        return folded.substring(start, end).indexOf('\n') >= 0;
    }
}
