package org.dutygraph.document;

import org.dutygraph.document.PdfPages.Line;
import org.dutygraph.document.PdfPages.Page;
import org.dutygraph.document.PdfPages.Word;

import java.util.List;

/**
 * Without rules, a row begins where the number column starts a number (or, unnumbered, at each line); at the
 * top of a page, lines before the first number go on with the row the page break cut. Where the cells are
 * centred vertically (lines of a row stand above its number: seen under the header), a row is the run of
 * lines centred on its number: as far below the number as its first line is above it.
 *
 * <p>The rows of a table drawn without rules, or of the stretch of it that runs on below its rules (a three-line
 * table), told apart so; and the warning, once per table, that they were.
 */
final class PdfUnruledRows {

    private final PdfColumns columns;
    private final PdfRows rows;
    private final List<String> warnings;
    private boolean warned;
    /** Whether the cells of an unruled table are centred vertically; null until its first rows are seen. */
    private Boolean centred;
    private long unruledBlocks;

    PdfUnruledRows(PdfColumns columns, PdfRows rows, List<String> warnings) {
        this.columns = columns;
        this.rows = rows;
        this.warnings = warnings;
    }

    /** Says, once per table, that its rows were told apart without rules, and how. */
    void warn(Page page) {
        if (warned) {
            return;
        }
        warned = true;
        String numberColumn = columns.headers().getFirst();
        String how = !columns.numbered() ? "each line that starts in its first column was read as a new row: "
                + "check tasks written over several lines"
                : Boolean.TRUE.equals(centred) ? "its rows were cut at the numbers of its " + numberColumn
                + " column, each the lines centred on its number: check rows that a page break cuts"
                : "its rows were cut at the numbers of its " + numberColumn + " column: check rows that a "
                + "page break cuts";
        warnings.add("page " + page.number() + ": the table headed " + String.join(" | ", columns.headers())
                + " has no rules between its rows; " + how);
    }

    /** Reads {@code lines} into rows; {@code pageTop} if they start a page the table runs on to. */
    void read(List<Line> lines, boolean pageTop) {
        int from = 0;
        while (from < lines.size() && columns.isHeaderPiece(columns.cellsOf(lines.get(from)))) {
            from++; // the header, or the header repeated at the top of a page
        }
        List<Line> body = lines.subList(from, lines.size());
        if (centred == null && columns.numbered() && !pageTop) {
            int firstNumber = -1;
            for (int k = 0; k < body.size() && firstNumber < 0; k++) {
                if (columns.startsRow(body.get(k))) {
                    firstNumber = k;
                }
            }
            centred = firstNumber > 0
                    && body.subList(0, firstNumber).stream().noneMatch(l -> columns.spanning(l) != null);
        }
        long[] current = null;
        float end = Float.NaN; // where a centred row ends
        int numberLine = -1;
        for (int k = 0; k < body.size(); k++) {
            Line line = body.get(k);
            if (columns.spanning(line) != null) {
                current = null;
                rows.heading(line.words().stream().map(Word::text).reduce("", PdfRows::joined).strip());
                continue;
            }
            List<String> cells = columns.cellsOf(line);
            boolean starts;
            if (Boolean.TRUE.equals(centred)) {
                int number = k;
                while (number < body.size() && !columns.startsRow(body.get(number))
                        && columns.spanning(body.get(number)) == null) {
                    number++;
                }
                boolean past = Float.isNaN(end) || line.y() > end + 0.3f * line.size();
                boolean anotherNumber = k > numberLine && columns.startsRow(line); // rows not centred after all
                starts = (past || anotherNumber) && number < body.size() && columns.startsRow(body.get(number));
                if (starts) {
                    Line centre = body.get(number);
                    end = centre.y() + (centre.y() - line.y());
                    numberLine = number;
                }
            } else {
                starts = columns.numbered() ? columns.startsRow(line) : !cells.getFirst().isEmpty();
            }
            if (current == null && !starts && pageTop && columns.numbered() && rows.last() != null) {
                current = rows.last();
            } else if (current == null || starts) {
                current = new long[columns.headers().size()];
                for (int c = 0; c < current.length; c++) {
                    current[c] = -(++unruledBlocks);
                }
                rows.row(current);
            }
            pageTop = false;
            for (int c = 0; c < cells.size(); c++) {
                rows.append(current[c], cells.get(c));
            }
        }
    }
}
