package org.dutygraph.document;

import org.dutygraph.genre.Characters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a table read so far, possibly over several pages, and the text of their cells: a cell is a block of
 * text, shared by the rows a merged cell spans. Written out as the header and one line of tab-separated cells a row.
 */
final class PdfRows {

    /**
     * A row of a table: per column the cell (block) it was read from, shared by the rows a merged cell spans; or, for
     * a heading row spanning the table, its text.
     */
    private record Row(long[] blocks, String heading) {
    }

    private final List<String> headers;
    private final List<Row> rows = new ArrayList<>();
    /** The text of each cell block, in reading order over the pages it runs across. */
    private final Map<Long, StringBuilder> texts = new HashMap<>();

    PdfRows(List<String> headers) {
        this.headers = headers;
    }

    /** A row of cells, one block per column. */
    void row(long[] blocks) {
        rows.add(new Row(blocks, null));
    }

    /** A heading row spanning the table. */
    void heading(String text) {
        rows.add(new Row(null, text));
    }

    /** The blocks of the last row read, or null if there is none or it is a heading. */
    long[] last() {
        return rows.isEmpty() ? null : rows.getLast().blocks();
    }

    /** Appends the next piece of a block's text. */
    void append(long block, String text) {
        join(texts.computeIfAbsent(block, b -> new StringBuilder()), text);
    }

    /** The header, then each row that has text and is not the header repeated, as a line of tab-separated cells. */
    void write(StringBuilder out) {
        out.append(String.join("\t", headers)).append('\n');
        for (Row row : rows) {
            if (row.heading() != null) {
                out.append(row.heading()).append('\n');
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (long block : row.blocks()) {
                StringBuilder text = texts.get(block);
                cells.add(text == null ? "" : text.toString().strip());
            }
            boolean header = cells.stream().map(Characters::squeeze).toList().equals(headers);
            if (!header && cells.stream().anyMatch(c -> !c.isEmpty())) {
                out.append(String.join("\t", cells)).append('\n');
            }
        }
    }

    /** Appends the next piece of a cell's text: glued to Chinese, a space between two Latin words. */
    static void join(StringBuilder cell, String next) {
        if (next.isEmpty()) {
            return;
        }
        if (!cell.isEmpty() && isLatin(cell.charAt(cell.length() - 1)) && isLatin(next.charAt(0))) {
            cell.append(' ');
        }
        cell.append(next);
    }

    static String joined(String a, String b) {
        StringBuilder s = new StringBuilder(a);
        join(s, b);
        return s.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
