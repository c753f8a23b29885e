package org.dutygraph.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.dutygraph.document.PdfPages.Glyph;
import org.dutygraph.document.PdfPages.Line;
import org.dutygraph.document.PdfPages.Page;
import org.dutygraph.document.PdfPages.Word;
import org.dutygraph.genre.Characters;
import org.dutygraph.genre.RoleWords;
import org.dutygraph.genre.TableHeaders;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text layer of a PDF in reading order, its task tables rebuilt from where their text sits on the page.
 *
 * <p>A PDF has no tables, only glyphs and lines drawn at positions. Read line by line, a table whose cells wrap
 * interleaves its columns: the first line of a long task, the lead unit, the first half of the supporting units, then
 * the second line of the task and the rest of the units. Here a table is found by its header line (a role label such
 * as 牵头单位 among at least three column headers); its columns are cut where the page draws vertical rules between the
 * headers, or else at the blank gutter between them; its rows are cut at the horizontal rules (or, for a table
 * drawn without rules, where the number column starts a new number). A cell that spans several rows (a merged lead
 * cell) has no rule across its column between them, and its text is given to every row it spans, as a Word table's
 * merged cell is. Each row comes out as one line of tab-separated cells, the same form a Word or HTML table takes, so
 * the parser reads tables from every kind of file one way. A row that runs across a page break is joined again; the
 * header a table repeats on each page and the page numbers are dropped.
 *
 * <p>What positions cannot settle is not guessed: a line whose words cross a column boundary is kept as one line of
 * text (a heading row spanning the table), and a table on a rotated page or drawn as an image is read as plain
 * lines, where the parser's own located warnings report the rows it cannot read.
 *
 * <p>The work is shared out: {@link PdfPages} reads the pages (lines of words, the rules drawn); here the text is
 * assembled and a table found by its header; a {@link PdfTable} reads the table's rows, cut into the columns of its
 * {@link PdfColumns}, within the {@link PdfGrid} its rules draw, or as {@link PdfUnruledRows} where there are none,
 * and its {@link PdfRows} write it out.
 */
final class PdfText {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s\\-—－–_·]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*[/／]\\s*\\d{1,4}|\\s*共\\s*\\d{1,4}\\s*页)?[\\s\\-—－–_·]*");

    private PdfText() {
    }

    /** The text of every page of {@code document}, tables as rows of tab-separated cells, and what to check. */
    static DocumentFiles.Reading read(PDDocument document) throws IOException {
        List<String> warnings = new ArrayList<>();
        String text = assemble(PdfPages.pages(document), warnings);
        return new DocumentFiles.Reading(text, warnings);
    }

    /**
     * The text of the pages: lines in order, each table's rows as tab-separated cells; {@code warnings} is told where
     * a table's rows had to be told apart without rules.
     */
    static String assemble(List<Page> pages, List<String> warnings) {
        StringBuilder out = new StringBuilder();
        PdfTable table = null;
        for (Page page : pages) {
            List<Line> lines = page.lines();
            int i = 0;
            while (i < lines.size()) {
                if (table == null) {
                    Header header = header(lines, i);
                    if (header == null) {
                        plain(lines.get(i), out);
                        i++;
                        continue;
                    }
                    table = new PdfTable(header.cells(), page, lines.subList(i, i + header.lines()), warnings);
                }
                int end = table.regionEnd(page, lines, i);
                if (end > i) {
                    table.read(page, lines.subList(i, end));
                }
                boolean textFollows = lines.subList(end, lines.size()).stream().anyMatch(l -> !isPageNumber(l));
                if (textFollows || end == i) {
                    // text after the table on its page (or a page that does not go on with it): the table is over
                    table.write(out);
                    table = null;
                    i = end;
                } else {
                    i = lines.size(); // the table may go on over the page
                }
            }
        }
        if (table != null) {
            table.write(out);
        }
        return out.toString();
    }

    private static void plain(Line line, StringBuilder out) {
        if (!isPageNumber(line)) {
            out.append(line.text()).append('\n');
        }
    }

    static boolean isPageNumber(Line line) {
        return PAGE_NUMBER.matcher(line.text()).matches();
    }

    /** A table's header row found on the page: its cells and the lines it takes (a header may wrap in its cells). */
    record Header(List<Word> cells, int lines) {
    }

    /**
     * The header row of a table starting at line {@code at}, if there is one: at least three cells, one a role label,
     * none longer than a header is. Header cells often wrap (牵头 over 单位, 序 over 号 in narrow columns) or sit
     * under a group heading (责任单位 over 牵头单位 | 配合单位), so up to eight close lines of header words are tried,
     * their words gathered into cells by where they overlap across the lines, and the reading with the most known
     * header words is kept. Letters spaced apart in a cell (序　号, 牵 头 单 位) are joined
     * while they spell a known header word.
     */
    static Header header(List<Line> lines, int at) {
        Header best = null;
        int bestKnown = 0;
        for (int count = 1; count <= 8 && at + count <= lines.size(); count++) {
            if (count > 1) {
                Line above = lines.get(at + count - 2), below = lines.get(at + count - 1);
                if (below.y() - above.y() > 3 * Math.max(above.size(), below.size())) {
                    break;
                }
                // a header over several lines is made of header words and their pieces only (a title above is not)
                if (below.words().stream().anyMatch(w -> !TableHeaders.isHeaderPiece(Characters.squeeze(w.text())))
                        || lines.get(at).words().stream().anyMatch(w -> !TableHeaders.isHeaderPiece(Characters.squeeze(w.text())))) {
                    break;
                }
            }
            List<Word> cells = headerCells(lines.subList(at, at + count));
            if (cells.size() < 3 || cells.stream().anyMatch(c -> Characters.squeeze(c.text()).length() > 10)
                    || cells.stream().noneMatch(c -> RoleWords.label(Characters.squeeze(c.text())).isPresent())) {
                continue;
            }
            int known = (int) cells.stream().filter(c -> TableHeaders.isHeader(Characters.squeeze(c.text()))).count();
            if (known > bestKnown) {
                best = new Header(cells, count);
                bestKnown = known;
            }
        }
        return best;
    }

    private static List<Word> headerCells(List<Line> lines) {
        float size = (float) lines.stream().mapToDouble(Line::size).max().orElse(10);
        // words of all the lines, gathered by overlapping extent across the lines, read top to bottom in each cell
        List<List<Word>> columns = gather(lines.stream().flatMap(l -> l.words().stream()).toList()).stream()
                .flatMap(c -> underGroup(c).stream()).toList();
        List<Word> cells = new ArrayList<>();
        for (List<Word> column : columns) {
            List<Glyph> glyphs = new ArrayList<>();
            for (Line line : lines) {
                line.words().stream().filter(column::contains).forEach(w -> glyphs.addAll(w.glyphs()));
            }
            Word cell = new Word(glyphs);
            if (!cells.isEmpty()) {
                Word previous = cells.getLast();
                float gap = cell.x0() - previous.x1();
                boolean spacedApart = !TableHeaders.isHeader(Characters.squeeze(previous.text()))
                        && TableHeaders.isHeaderStart(Characters.squeeze(previous.text() + cell.text()));
                if (gap < 2 * size && spacedApart) {
                    List<Glyph> joined = new ArrayList<>(previous.glyphs());
                    joined.addAll(glyphs);
                    cells.set(cells.size() - 1, new Word(joined));
                    continue;
                }
            }
            cells.add(cell);
        }
        return cells;
    }

    /**
     * A header cell over several columns (责任单位 above 牵头单位 | 配合单位) gathers their words into one cluster: a word
     * over two words that stand side by side is such a group heading; it is dropped and the rest gathered again.
     */
    private static List<List<Word>> underGroup(List<Word> column) {
        List<Word> rest = column.stream().filter(w -> !overTwo(w, column)).toList();
        if (rest.size() == column.size() || rest.isEmpty()) {
            return List.of(column);
        }
        return gather(rest);
    }

    private static boolean overTwo(Word word, List<Word> column) {
        List<Word> under = column.stream().filter(o -> o != word && overlap(o, word)).toList();
        for (int i = 0; i < under.size(); i++) {
            for (int j = i + 1; j < under.size(); j++) {
                if (!overlap(under.get(i), under.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlap(Word a, Word b) {
        return a.x0() < b.x1() - 0.5 && b.x0() < a.x1() - 0.5;
    }

    /** Words gathered into columns by where they overlap across lines, left to right. */
    private static List<List<Word>> gather(List<Word> words) {
        List<List<Word>> columns = new ArrayList<>();
        for (Word word : words.stream().sorted(java.util.Comparator.comparingDouble(Word::x0)).toList()) {
            List<Word> last = columns.isEmpty() ? null : columns.getLast();
            if (last != null && word.x0() < last.stream().mapToDouble(Word::x1).max().orElseThrow() - 0.5) {
                last.add(word);
            } else {
                columns.add(new ArrayList<>(List.of(word)));
            }
        }
        return columns;
    }
}
