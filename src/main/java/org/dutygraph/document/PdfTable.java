package org.dutygraph.document;

import org.dutygraph.document.PdfPages.Line;
import org.dutygraph.document.PdfPages.Page;
import org.dutygraph.document.PdfPages.Rule;
import org.dutygraph.document.PdfPages.Word;
import org.dutygraph.genre.Characters;
import org.dutygraph.genre.TableHeaders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dutygraph.document.PdfPages.TOLERANCE;
import static org.dutygraph.document.PdfRows.join;

/**
 * A table being read: its columns, fixed by its header, and the rows read so far, possibly over several pages. Where
 * the page rules it, its rows are cut here at the rules of its grid ({@link PdfGrid}), a cell merged over several
 * rows where a column has no rule between them; the rest is read as {@link PdfUnruledRows}.
 */
final class PdfTable {

    private final PdfColumns columns;
    private final PdfRows rows;
    private final PdfUnruledRows unruled;
    private final int headerPage;
    /** Per column, whether the last row read was left open by a page break (no rule under its cell). */
    private boolean[] open;
    /** The baseline of the header's last line, on the page where the table starts. */
    private final float headerBottom;

    PdfTable(List<Word> header, Page page, List<Line> headerLines, List<String> warnings) {
        this.headerBottom = headerLines.getLast().y();
        headerPage = page.number();
        columns = new PdfColumns(header, page, headerLines);
        rows = new PdfRows(columns.headers());
        unruled = new PdfUnruledRows(columns, rows, warnings);
    }

    /** Where this table's lines on {@code page} end, from line {@code from} on; {@code from} if none are its. */
    int regionEnd(Page page, List<Line> lines, int from) {
        columns.fillGutters(lines.subList(from, lines.size()));
        float[] grid = PdfGrid.find(columns, page, lines, from);
        int end = from;
        float previous = Float.NaN;
        if (grid != null) {
            while (end < lines.size() && lines.get(end).y() > grid[0] && lines.get(end).y() < grid[1]) {
                previous = lines.get(end).y();
                end++;
            }
            if (grid[2] == 0) {
                return end;
            }
        }
        // Drawn without rules: the table goes on while its lines keep the line spacing and do not run across
        // the whole table as a paragraph does.
        while (end < lines.size()) {
            Line line = lines.get(end);
            boolean spaced = !Float.isNaN(previous) && line.y() - previous > 3 * line.size();
            if (spaced || (end > from && columns.isParagraph(line))) {
                break;
            }
            previous = line.y();
            end++;
        }
        return end;
    }

    /** Reads this table's lines of one page into rows. */
    void read(Page page, List<Line> lines) {
        columns.fillGutters(lines);
        float[] grid = PdfGrid.find(columns, page, lines, 0);
        if (grid != null) {
            float bottom = grid[1];
            readRuled(page, lines.stream().filter(l -> l.y() < bottom).toList(), grid);
            List<Line> below = lines.stream().filter(l -> l.y() >= bottom).toList();
            if (!below.isEmpty()) {
                unruled.read(below, false); // the table runs on below its last rule
                unruled.warn(page);
            }
        } else {
            readUnruled(page, lines);
        }
    }

    /** Rows between the horizontal rules; a column without a rule between two rows holds one cell for both. */
    private void readRuled(Page page, List<Line> lines, float[] grid) {
        List<Rule> rules = columns.rules(page).stream()
                .filter(r -> r.at() >= grid[0] - TOLERANCE && r.at() <= grid[1] + TOLERANCE).toList();
        // the grid's top and bottom edges on this page close its rows too: a row cut by the page break has no
        // rule under it
        List<Float> edges = new ArrayList<>(rules.stream().map(Rule::at).toList());
        edges.add(grid[0]);
        edges.add(grid[1]);
        List<Float> ys = PdfGrid.distinct(edges.stream().sorted().toList());
        int count = columns.headers().size();
        float[] middles = new float[count];
        List<List<Float>> columnBreaks = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            float middle = middles[c] = columns.middleOf(c, lines);
            List<Float> breaks = new ArrayList<>();
            for (float y : ys) {
                boolean edge = Math.abs(y - grid[0]) <= TOLERANCE || Math.abs(y - grid[1]) <= TOLERANCE;
                if (edge || rules.stream().anyMatch(r -> Math.abs(r.at() - y) <= TOLERANCE && r.covers(middle))) {
                    breaks.add(y);
                }
            }
            columnBreaks.add(breaks);
        }
        boolean pageTop = page.number() != headerPage;
        long[] previous = null;
        boolean[] openBelow = null;
        Map<Long, Long> carried = new HashMap<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int r = 0; r + 1 < ys.size(); r++) {
            float top = ys.get(r), bottom = ys.get(r + 1);
            List<Line> inRow = lines.stream().filter(l -> l.y() > top && l.y() < bottom).toList();
            if (inRow.isEmpty()) {
                continue;
            }
            if (page.number() == headerPage && inRow.stream().allMatch(l -> l.y() <= headerBottom)) {
                continue; // the header's own rows (a group heading over two columns included)
            }
            if (inRow.stream().anyMatch(l -> columns.spanning(l) != null)) {
                if (inRow.stream().flatMap(l -> l.words().stream()).allMatch(w -> TableHeaders.isHeader(Characters.squeeze(w.text())))) {
                    continue; // a header repeated on a new page, its group heading spanning two columns
                }
                StringBuilder text = new StringBuilder();
                inRow.forEach(l -> join(text, l.words().stream().map(Word::text).reduce("", PdfRows::joined)));
                rows.heading(text.toString().strip());
                pageTop = false;
                open = null;
                previous = null;
                openBelow = null;
                continue;
            }
            if (columns.numbered() && inRow.stream().filter(columns::startsRow).count() > 1) {
                // several numbered rows between two rules: the rules are not the rows' (a three-line table)
                unruled.read(inRow, pageTop);
                unruled.warn(page);
                pageTop = false;
                open = null;
                previous = null;
                openBelow = null;
                continue;
            }
            String[] parts = new String[count];
            long[] local = new long[count];
            boolean[] below = new boolean[count];
            for (int c = 0; c < count; c++) {
                float cellTop = top, cellBottom = bottom;
                for (float y : columnBreaks.get(c)) {
                    if (y <= top + TOLERANCE) {
                        cellTop = y;
                    }
                }
                for (float y : columnBreaks.get(c).reversed()) {
                    if (y >= bottom - TOLERANCE) {
                        cellBottom = y;
                    }
                }
                float from = cellTop, to = cellBottom, middle = middles[c];
                int column = c;
                StringBuilder cell = new StringBuilder();
                lines.stream().filter(l -> l.y() > from && l.y() < to)
                        .forEach(l -> join(cell, columns.cellsOf(l).get(column)));
                parts[c] = cell.toString();
                local[c] = ((long) page.number() << 40) | ((long) c << 32) | (Float.floatToIntBits(from) & 0xffffffffL);
                below[c] = Math.abs(to - grid[1]) <= TOLERANCE && rules.stream()
                        .noneMatch(rule -> Math.abs(rule.at() - to) <= TOLERANCE && rule.covers(middle));
            }
            if (Arrays.equals(local, previous)) {
                continue; // a stray rule inside one cell: the same row again
            }
            previous = local;
            List<String> squeezedParts = Arrays.stream(parts).map(Characters::squeeze).toList();
            if (squeezedParts.equals(columns.headers()) || squeezedParts.stream().allMatch(String::isEmpty)) {
                continue; // the header again, repeated on a new page, or an empty row
            }
            long[] last = rows.last();
            boolean continuation = false;
            if (pageTop && last != null) {
                // The first row under a page break. Without a number in a numbered table it is the rest of the
                // row the break cut; otherwise a cell the break left open (no rule under it) is merged over
                // rows on both sides, and its text belongs to all of them.
                continuation = columns.numbered() && parts[0].isBlank();
                for (int c = 0; c < count; c++) {
                    if (continuation || (open != null && open[c])) {
                        carried.put(local[c], last[c]);
                    }
                }
            }
            pageTop = false;
            open = null;
            long[] blocks = new long[count];
            for (int c = 0; c < count; c++) {
                blocks[c] = carried.getOrDefault(local[c], local[c]);
                if (seen.add(local[c])) {
                    rows.append(blocks[c], parts[c]);
                }
            }
            if (!continuation) {
                rows.row(blocks);
            }
            openBelow = below;
        }
        open = openBelow;
    }

    /** The lines of {@code page} read without rules, the header's own lines left out on the page where it stands. */
    private void readUnruled(Page page, List<Line> lines) {
        unruled.read(page.number() == headerPage ? lines.stream().filter(l -> l.y() > headerBottom).toList() : lines,
                page.number() != headerPage);
        unruled.warn(page);
    }

    void write(StringBuilder out) {
        rows.write(out);
    }
}
