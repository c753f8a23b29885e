package org.dutygraph.document;

import org.dutygraph.document.PdfPages.Glyph;
import org.dutygraph.document.PdfPages.Line;
import org.dutygraph.document.PdfPages.Page;
import org.dutygraph.document.PdfPages.Rule;
import org.dutygraph.document.PdfPages.Word;
import org.dutygraph.genre.Characters;
import org.dutygraph.genre.TableHeaders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.dutygraph.document.PdfPages.TOLERANCE;
import static org.dutygraph.document.PdfRows.join;

/**
 * The columns of a table, fixed by its header: cut where the page draws vertical rules between the headers, or else
 * at the blank gutter between them; and the text of a line cut into them.
 */
final class PdfColumns {

    private static final Pattern ROW_NUMBER = Pattern.compile("[（(]?[0-9０-９一二三四五六七八九十百]+.*");

    private final List<String> headers;
    private final float[] bounds; // column i spans bounds[i] .. bounds[i + 1]
    private final boolean numbered;
    private final List<Word> headerWords;

    PdfColumns(List<Word> header, Page page, List<Line> headerLines) {
        Line headerLine = headerLines.getFirst();
        headerWords = header;
        headers = header.stream().map(w -> Characters.squeeze(w.text())).toList();
        numbered = TableHeaders.isNumberColumn(headers.getFirst());
        bounds = new float[header.size() + 1];
        bounds[0] = -Float.MAX_VALUE;
        bounds[header.size()] = Float.MAX_VALUE;
        Arrays.fill(bounds, 1, header.size(), Float.NaN);
        for (int i = 1; i < header.size(); i++) {
            float left = header.get(i - 1).x1(), right = header.get(i).x0();
            for (Rule v : page.vertical()) {
                if (v.at() >= left - 1 && v.at() <= right + 1 && v.covers(headerLine.y())
                        && v.covers(headerLines.getLast().y())) {
                    bounds[i] = v.at();
                }
            }
        }
    }

    /** The headers of the columns, squeezed, left to right. */
    List<String> headers() {
        return headers;
    }

    /** Whether the first column numbers the rows. */
    boolean numbered() {
        return numbered;
    }

    private float left() {
        return headerWords.getFirst().x0();
    }

    private float right() {
        return headerWords.getLast().x1();
    }

    /** The horizontal rules of {@code page} that cross this table's columns. */
    List<Rule> rules(Page page) {
        return page.horizontal().stream().filter(r -> r.to() - r.from() >= 10 && r.to() > left() && r.from() < right())
                .toList();
    }

    /** Whether {@code x} is one of the boundaries between the columns. */
    boolean isBound(float x) {
        for (int i = 1; i < bounds.length - 1; i++) {
            if (Math.abs(bounds[i] - x) <= TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** A line that runs across every column of the table: running text, not a row. */
    boolean isParagraph(Line line) {
        Word across = spanning(line);
        return across != null && column(across.glyphs().getFirst()) == 0
                && column(across.glyphs().getLast()) == headers.size() - 1;
    }

    /**
     * Columns without rules: each boundary in the emptiest strip between two neighbouring headers, cut at the lines
     * first seen (a table that draws the rule of its first boundary needs no gutters).
     */
    void fillGutters(List<Line> lines) {
        if (bounds.length <= 2 || !Float.isNaN(bounds[1])) {
            return;
        }
        for (int i = 1; i < bounds.length - 1; i++) {
            if (!Float.isNaN(bounds[i])) {
                continue;
            }
            float left = headerWords.get(i - 1).x1(), right = headerWords.get(i).x0();
            int bins = Math.max(1, (int) Math.ceil((right - left) * 2));
            int[] covered = new int[bins];
            for (Line line : lines) {
                for (Word word : line.words()) {
                    for (Glyph g : word.glyphs()) {
                        int a = (int) Math.floor((g.x0() - left) * 2), b = (int) Math.ceil((g.x1() - left) * 2);
                        for (int k = Math.max(0, a); k < Math.min(bins, b); k++) {
                            covered[k]++;
                        }
                    }
                }
            }
            int least = Arrays.stream(covered).min().orElse(0);
            int bestStart = 0, bestLength = -1;
            for (int k = 0; k < bins; ) {
                if (covered[k] != least) {
                    k++;
                    continue;
                }
                int start = k;
                while (k < bins && covered[k] == least) {
                    k++;
                }
                if (k - start > bestLength) {
                    bestStart = start;
                    bestLength = k - start;
                }
            }
            bounds[i] = left + (bestStart + bestLength / 2f) / 2f;
        }
    }

    /** The column a glyph falls into. */
    private int column(Glyph g) {
        float middle = g.middle();
        for (int i = 0; i < bounds.length - 1; i++) {
            if (middle < bounds[i + 1]) {
                return i;
            }
        }
        return bounds.length - 2;
    }

    /** The word of {@code line} that runs across a column boundary (a heading spanning the table), or null. */
    Word spanning(Line line) {
        for (Word word : line.words()) {
            List<Glyph> inked = word.glyphs().stream().filter(g -> !g.text().isBlank()).toList();
            if (!inked.isEmpty() && column(inked.getFirst()) != column(inked.getLast())) {
                return word;
            }
        }
        return null;
    }

    /** The text of {@code line} cut into this table's columns. */
    List<String> cellsOf(Line line) {
        List<StringBuilder> cells = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            cells.add(new StringBuilder());
        }
        for (Word word : line.words()) {
            for (Glyph g : word.glyphs()) {
                StringBuilder cell = cells.get(column(g));
                if (g == word.glyphs().getFirst()) {
                    join(cell, g.text()); // a space between two Latin words, none in Chinese
                } else {
                    cell.append(g.text());
                }
            }
        }
        return cells.stream().map(StringBuilder::toString).toList();
    }

    /** Whether every cell of a line is (part of) the header of its column. */
    boolean isHeaderPiece(List<String> cells) {
        boolean any = false;
        for (int c = 0; c < cells.size(); c++) {
            String cell = Characters.squeeze(cells.get(c));
            if (!cell.isEmpty()) {
                if (!headers.get(c).contains(cell)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Whether the first cell of {@code line} starts with a number: a new row of a numbered table. */
    boolean startsRow(Line line) {
        return ROW_NUMBER.matcher(cellsOf(line).getFirst()).matches();
    }

    /** The middle of {@code column}, the outer columns widened to the text of {@code lines}. */
    float middleOf(int column, List<Line> lines) {
        float left = column == 0 ? headerWords.getFirst().x0() : bounds[column];
        float right = column == bounds.length - 2 ? headerWords.getLast().x1() : bounds[column + 1];
        if (column == 0) {
            left = Math.min(left, (float) lines.stream().flatMap(l -> l.words().stream()).mapToDouble(Word::x0)
                    .min().orElse(left));
        }
        if (column == bounds.length - 2) {
            right = Math.max(right, (float) lines.stream().flatMap(l -> l.words().stream()).mapToDouble(Word::x1)
                    .max().orElse(right));
        }
        return (left + right) / 2;
    }
}
