package org.dutygraph.document;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.dutygraph.genre.Characters;
import org.dutygraph.genre.RoleWords;
import org.dutygraph.genre.TableHeaders;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 */
final class PdfText {

    /** One glyph (or ligature) and where it sits across the line. */
    record Glyph(String text, float x0, float x1) {
        float middle() {
            return (x0 + x1) / 2;
        }
    }

    /** A run of glyphs without a gap wide enough to be a word break (PDFBox's word). */
    record Word(List<Glyph> glyphs) {
        String text() {
            StringBuilder s = new StringBuilder();
            glyphs.forEach(g -> s.append(g.text()));
            return s.toString();
        }

        float x0() {
            return (float) glyphs.stream().mapToDouble(Glyph::x0).min().orElseThrow();
        }

        float x1() {
            return (float) glyphs.stream().mapToDouble(Glyph::x1).max().orElseThrow();
        }
    }

    /** A line of text on a page, {@code y} its baseline measured from the top of the page, {@code size} its font size. */
    record Line(float y, float size, List<Word> words) {
        String text() {
            return String.join("\t", words.stream().map(Word::text).toList());
        }
    }

    /** A straight rule drawn on the page: horizontal ({@code at} is y, from top) or vertical ({@code at} is x). */
    record Rule(float at, float from, float to) {
        boolean covers(float position) {
            return from - TOLERANCE <= position && position <= to + TOLERANCE;
        }
    }

    /** The rules drawn on a page, horizontal and vertical. */
    record Drawing(List<Rule> horizontal, List<Rule> vertical) {
    }

    /**
     * A page: its lines in reading order and the rules drawn on it, which are read from the PDF only when a table
     * asks for them (a page of running text never needs its drawing).
     */
    record Page(int number, List<Line> lines, java.util.function.Supplier<Drawing> drawing) {
        Page(int number, List<Line> lines, List<Rule> horizontal, List<Rule> vertical) {
            this(number, lines, () -> new Drawing(horizontal, vertical));
        }

        List<Rule> horizontal() {
            return drawing.get().horizontal();
        }

        List<Rule> vertical() {
            return drawing.get().vertical();
        }
    }

    static final float TOLERANCE = 2f;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s\\-—－–_·]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*[/／]\\s*\\d{1,4}|\\s*共\\s*\\d{1,4}\\s*页)?[\\s\\-—－–_·]*");
    private static final Pattern ROW_NUMBER = Pattern.compile("[（(]?[0-9０-９一二三四五六七八九十百]+.*");

    private PdfText() {
    }

    /** The text of every page of {@code document}, tables as rows of tab-separated cells, and what to check. */
    static DocumentFiles.Reading read(PDDocument document) throws IOException {
        List<String> warnings = new ArrayList<>();
        String text = assemble(pages(document), warnings);
        return new DocumentFiles.Reading(text, warnings);
    }

    // ------------------------------------------------------------------ from the PDF

    static List<Page> pages(PDDocument document) throws IOException {
        Lines stripper = new Lines();
        stripper.setSortByPosition(true);
        stripper.getText(document);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < stripper.pages.size(); i++) {
            PDPage page = document.getPage(i);
            pages.add(new Page(i + 1, stripper.pages.get(i), once(() -> drawing(page))));
        }
        return pages;
    }

    /** The rules a page draws (none read from a rotated page: its drawing and its text do not share axes). */
    private static Drawing drawing(PDPage page) {
        Rules rules = new Rules(page);
        if (page.getRotation() == 0) {
            try {
                rules.processPage(page);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new Drawing(rules.horizontal, rules.vertical);
    }

    private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> supplier) {
        java.util.concurrent.atomic.AtomicReference<T> value = new java.util.concurrent.atomic.AtomicReference<>();
        return () -> {
            if (value.get() == null) {
                value.set(supplier.get());
            }
            return value.get();
        };
    }

    /**
     * The words of each page as PDFBox finds them (split at gaps), gathered again into lines by their baseline: PDFBox
     * sorts by position but may still cut one printed line in two where its text was drawn in separate runs.
     */
    private static final class Lines extends PDFTextStripper {
        final List<List<Line>> pages = new ArrayList<>();
        private final List<Line> words = new ArrayList<>(); // each word as a one-word line: its baseline and size

        @Override
        protected void startPage(PDPage page) {
            words.clear();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<Glyph> glyphs = new ArrayList<>();
            float y = 0, size = 1;
            for (TextPosition p : positions) {
                String unicode = p.getUnicode();
                if (unicode == null || unicode.isEmpty()) {
                    continue;
                }
                glyphs.add(new Glyph(unicode, p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj()));
                y = p.getYDirAdj();
                size = Math.max(size, p.getFontSizeInPt());
            }
            if (!glyphs.isEmpty()) {
                words.add(new Line(y, size, List.of(new Word(glyphs))));
            }
        }

        @Override
        protected void endPage(PDPage page) {
            List<Line> sorted = new ArrayList<>(words);
            sorted.sort(java.util.Comparator.comparingDouble(Line::y));
            List<Line> lines = new ArrayList<>();
            List<Line> current = new ArrayList<>();
            for (Line word : sorted) {
                if (!current.isEmpty() && word.y() - current.getFirst().y() > 0.4f * word.size()) {
                    lines.add(line(current));
                    current = new ArrayList<>();
                }
                current.add(word);
            }
            if (!current.isEmpty()) {
                lines.add(line(current));
            }
            pages.add(lines);
        }

        private static Line line(List<Line> words) {
            List<Word> inOrder = words.stream().map(w -> w.words().getFirst())
                    .sorted(java.util.Comparator.comparingDouble(Word::x0)).toList();
            float size = (float) words.stream().mapToDouble(Line::size).max().orElse(1);
            return new Line(words.getFirst().y(), size, inOrder);
        }
    }

    /** The straight rules a page draws: stroked lines and the edges of stroked boxes, and thin filled boxes. */
    private static final class Rules extends PDFGraphicsStreamEngine {
        static final float THIN = 2.5f;
        final List<Rule> horizontal = new ArrayList<>();
        final List<Rule> vertical = new ArrayList<>();
        private final List<List<Point2D>> subpaths = new ArrayList<>();
        private final PDRectangle box;

        Rules(PDPage page) {
            super(page);
            box = page.getCropBox();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            subpaths.add(new ArrayList<>(List.of(p0, p1, p2, p3, p0)));
        }

        @Override
        public void moveTo(float x, float y) {
            subpaths.add(new ArrayList<>(List.of(new Point2D.Float(x, y))));
        }

        @Override
        public void lineTo(float x, float y) {
            if (subpaths.isEmpty()) {
                moveTo(x, y);
            } else {
                subpaths.getLast().add(new Point2D.Float(x, y));
            }
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            lineTo(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return subpaths.isEmpty() || subpaths.getLast().isEmpty() ? new Point2D.Float() : subpaths.getLast().getLast();
        }

        @Override
        public void closePath() {
            if (!subpaths.isEmpty() && !subpaths.getLast().isEmpty()) {
                subpaths.getLast().add(subpaths.getLast().getFirst());
            }
        }

        @Override
        public void endPath() {
            subpaths.clear();
        }

        @Override
        public void strokePath() {
            for (List<Point2D> path : subpaths) {
                for (int i = 1; i < path.size(); i++) {
                    segment(path.get(i - 1), path.get(i));
                }
            }
            subpaths.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            for (List<Point2D> path : subpaths) {
                double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                for (Point2D p : path) {
                    minX = Math.min(minX, p.getX());
                    maxX = Math.max(maxX, p.getX());
                    minY = Math.min(minY, p.getY());
                    maxY = Math.max(maxY, p.getY());
                }
                if (maxY - minY <= THIN && maxX - minX > THIN) {
                    segment(new Point2D.Double(minX, (minY + maxY) / 2), new Point2D.Double(maxX, (minY + maxY) / 2));
                } else if (maxX - minX <= THIN && maxY - minY > THIN) {
                    segment(new Point2D.Double((minX + maxX) / 2, minY), new Point2D.Double((minX + maxX) / 2, maxY));
                }
            }
            subpaths.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            List<List<Point2D>> paths = new ArrayList<>(subpaths);
            fillPath(windingRule);
            subpaths.addAll(paths);
            strokePath();
        }

        private void segment(Point2D a, Point2D b) {
            float ax = (float) a.getX() - box.getLowerLeftX(), bx = (float) b.getX() - box.getLowerLeftX();
            float ay = box.getUpperRightY() - (float) a.getY(), by = box.getUpperRightY() - (float) b.getY();
            if (Math.abs(ay - by) <= 1 && Math.abs(ax - bx) > THIN) {
                horizontal.add(new Rule((ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
            } else if (Math.abs(ax - bx) <= 1 && Math.abs(ay - by) > THIN) {
                vertical.add(new Rule((ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
            }
        }

        @Override
        protected void showType3Glyph(org.apache.pdfbox.util.Matrix matrix, org.apache.pdfbox.pdmodel.font.PDType3Font font,
                                      int code, org.apache.pdfbox.util.Vector displacement) {
            // a Type 3 glyph is drawn with paths (Chromium's PDFs draw CJK text so): letters, not rules
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }

    // ------------------------------------------------------------------ the text, tables rebuilt

    /**
     * The text of the pages: lines in order, each table's rows as tab-separated cells; {@code warnings} is told where
     * a table's rows had to be told apart without rules.
     */
    static String assemble(List<Page> pages, List<String> warnings) {
        StringBuilder out = new StringBuilder();
        Table table = null;
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
                    table = new Table(header.cells(), page, lines.subList(i, i + header.lines()), warnings);
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

    /**
     * A row of a table: per column the cell (block) it was read from, shared by the rows a merged cell spans; or, for
     * a heading row spanning the table, its text.
     */
    private record Row(long[] blocks, String heading) {
    }

    /** A table being read: its columns, fixed by its header, and the rows read so far, possibly over several pages. */
    private static final class Table {
        private final List<String> headers;
        private final float[] bounds; // column i spans bounds[i] .. bounds[i + 1]
        private final boolean numbered;
        private final int headerPage;
        private final List<Row> rows = new ArrayList<>();
        /** The text of each cell block, in reading order over the pages it runs across. */
        private final Map<Long, StringBuilder> texts = new HashMap<>();
        private long unruledBlocks;
        /** Per column, whether the last row read was left open by a page break (no rule under its cell). */
        private boolean[] open;
        /** Whether the cells of an unruled table are centred vertically; null until its first rows are seen. */
        private Boolean centred;
        private final List<String> warnings;
        private boolean warned;
        /** The baseline of the header's last line, on the page where the table starts. */
        private final float headerBottom;
        private final List<Word> headerWords;

        Table(List<Word> header, Page page, List<Line> headerLines, List<String> warnings) {
            this.warnings = warnings;
            this.headerBottom = headerLines.getLast().y();
            Line headerLine = headerLines.getFirst();
            headerWords = header;
            headers = header.stream().map(w -> Characters.squeeze(w.text())).toList();
            numbered = TableHeaders.isNumberColumn(headers.getFirst());
            headerPage = page.number();
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

        private float left() {
            return headerWords.getFirst().x0();
        }

        private float right() {
            return headerWords.getLast().x1();
        }

        /** The horizontal rules of {@code page} that cross this table's columns. */
        private List<Rule> rules(Page page) {
            return page.horizontal().stream().filter(r -> r.to() - r.from() >= 10 && r.to() > left() && r.from() < right())
                    .toList();
        }

        /**
         * The stretch of {@code page}, top to bottom, that the table's ruled grid covers, starting at line {@code from}:
         * the reach of the vertical rules between its columns where there are such, else the run of horizontal rules
         * from the one above that line down to running text; null if unruled. The third value is 1 when the table
         * may run on below the grid without rules (horizontal rules only, none below the last).
         */
        private float[] grid(Page page, List<Line> lines, int from) {
            Line first = lines.get(from);
            List<Rule> columnRules = page.vertical().stream().filter(v -> isBound(v.at())).toList();
            if (!columnRules.isEmpty()) {
                float top = (float) columnRules.stream().mapToDouble(Rule::from).min().orElseThrow();
                float bottom = (float) columnRules.stream().mapToDouble(Rule::to).max().orElseThrow();
                if (first.y() > top && first.y() < bottom) {
                    return new float[]{top, bottom, 0};
                }
            }
            List<Float> ys = distinct(rules(page).stream().map(Rule::at).sorted().toList());
            int top = -1;
            for (int k = 0; k < ys.size(); k++) {
                if (ys.get(k) < first.y()) {
                    top = k;
                }
            }
            if (top < 0 || top == ys.size() - 1) {
                return null;
            }
            // rules drawn across the table without rules between its columns (a three-line table, or rules under
            // each row): the table goes down rule by rule until running text stands between two rules
            int bottom = top + 1;
            while (bottom + 1 < ys.size()) {
                float above = ys.get(bottom), below = ys.get(bottom + 1);
                if (lines.stream().anyMatch(l -> l.y() > above && l.y() < below && isParagraph(l))) {
                    break;
                }
                bottom++;
            }
            // no rule below the last: the table may go on without rules (a three-line table cut by the page)
            return new float[]{ys.get(top), ys.get(bottom), bottom == ys.size() - 1 ? 1 : 0};
        }

        private boolean isBound(float x) {
            for (int i = 1; i < bounds.length - 1; i++) {
                if (Math.abs(bounds[i] - x) <= TOLERANCE) {
                    return true;
                }
            }
            return false;
        }

        /** Where this table's lines on {@code page} end, from line {@code from} on; {@code from} if none are its. */
        int regionEnd(Page page, List<Line> lines, int from) {
            if (bounds.length > 2 && Float.isNaN(bounds[1])) {
                fillGutters(lines.subList(from, lines.size()));
            }
            float[] grid = grid(page, lines, from);
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
                if (spaced || (end > from && isParagraph(line))) {
                    break;
                }
                previous = line.y();
                end++;
            }
            return end;
        }

        /** A line that runs across every column of the table: running text, not a row. */
        private boolean isParagraph(Line line) {
            Word across = spanning(line);
            return across != null && column(across.glyphs().getFirst()) == 0
                    && column(across.glyphs().getLast()) == headers.size() - 1;
        }

        /** Columns without rules: each boundary in the emptiest strip between two neighbouring headers. */
        private void fillGutters(List<Line> lines) {
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
        private Word spanning(Line line) {
            for (Word word : line.words()) {
                List<Glyph> inked = word.glyphs().stream().filter(g -> !g.text().isBlank()).toList();
                if (!inked.isEmpty() && column(inked.getFirst()) != column(inked.getLast())) {
                    return word;
                }
            }
            return null;
        }

        /** The text of {@code line} cut into this table's columns. */
        private List<String> cellsOf(Line line) {
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

        /** Reads this table's lines of one page into rows. */
        void read(Page page, List<Line> lines) {
            if (bounds.length > 2 && Float.isNaN(bounds[1])) {
                fillGutters(lines);
            }
            float[] grid = grid(page, lines, 0);
            if (grid != null) {
                float bottom = grid[1];
                readRuled(page, lines.stream().filter(l -> l.y() < bottom).toList(), grid);
                List<Line> below = lines.stream().filter(l -> l.y() >= bottom).toList();
                if (!below.isEmpty()) {
                    readUnruled(below, false); // the table runs on below its last rule
                    warnUnruled(page);
                }
            } else {
                readUnruled(page, lines);
            }
        }

        /** Rows between the horizontal rules; a column without a rule between two rows holds one cell for both. */
        private void readRuled(Page page, List<Line> lines, float[] grid) {
            List<Rule> rules = rules(page).stream()
                    .filter(r -> r.at() >= grid[0] - TOLERANCE && r.at() <= grid[1] + TOLERANCE).toList();
            // the grid's top and bottom edges on this page close its rows too: a row cut by the page break has no
            // rule under it
            List<Float> edges = new ArrayList<>(rules.stream().map(Rule::at).toList());
            edges.add(grid[0]);
            edges.add(grid[1]);
            List<Float> ys = distinct(edges.stream().sorted().toList());
            int columns = headers.size();
            float[] middles = new float[columns];
            List<List<Float>> columnBreaks = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                float middle = middles[c] = middleOf(c, lines);
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
                if (inRow.stream().anyMatch(l -> spanning(l) != null)) {
                    if (inRow.stream().flatMap(l -> l.words().stream()).allMatch(w -> TableHeaders.isHeader(Characters.squeeze(w.text())))) {
                        continue; // a header repeated on a new page, its group heading spanning two columns
                    }
                    StringBuilder text = new StringBuilder();
                    inRow.forEach(l -> join(text, l.words().stream().map(Word::text).reduce("", PdfText::joined)));
                    rows.add(new Row(null, text.toString().strip()));
                    pageTop = false;
                    open = null;
                    previous = null;
                    openBelow = null;
                    continue;
                }
                if (numbered && inRow.stream().filter(l -> ROW_NUMBER.matcher(cellsOf(l).getFirst()).matches()).count() > 1) {
                    // several numbered rows between two rules: the rules are not the rows' (a three-line table)
                    readUnruled(inRow, pageTop);
                    warnUnruled(page);
                    pageTop = false;
                    open = null;
                    previous = null;
                    openBelow = null;
                    continue;
                }
                String[] parts = new String[columns];
                long[] local = new long[columns];
                boolean[] below = new boolean[columns];
                for (int c = 0; c < columns; c++) {
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
                    lines.stream().filter(l -> l.y() > from && l.y() < to).forEach(l -> join(cell, cellsOf(l).get(column)));
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
                if (squeezedParts.equals(headers) || squeezedParts.stream().allMatch(String::isEmpty)) {
                    continue; // the header again, repeated on a new page, or an empty row
                }
                Row last = lastRow();
                boolean continuation = false;
                if (pageTop && last != null) {
                    // The first row under a page break. Without a number in a numbered table it is the rest of the
                    // row the break cut; otherwise a cell the break left open (no rule under it) is merged over
                    // rows on both sides, and its text belongs to all of them.
                    continuation = numbered && parts[0].isBlank();
                    for (int c = 0; c < columns; c++) {
                        if (continuation || (open != null && open[c])) {
                            carried.put(local[c], last.blocks()[c]);
                        }
                    }
                }
                pageTop = false;
                open = null;
                long[] blocks = new long[columns];
                for (int c = 0; c < columns; c++) {
                    blocks[c] = carried.getOrDefault(local[c], local[c]);
                    if (seen.add(local[c])) {
                        join(texts.computeIfAbsent(blocks[c], b -> new StringBuilder()), parts[c]);
                    }
                }
                if (!continuation) {
                    rows.add(new Row(blocks, null));
                }
                openBelow = below;
            }
            open = openBelow;
        }

        /** Whether every cell of a line is (part of) the header of its column. */
        private boolean isHeaderPiece(List<String> cells) {
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

        private Row lastRow() {
            return rows.isEmpty() || rows.getLast().blocks() == null ? null : rows.getLast();
        }

        /**
         * Without rules, a row begins where the number column starts a number (or, unnumbered, at each line); at the
         * top of a page, lines before the first number go on with the row the page break cut. Where the cells are
         * centred vertically (lines of a row stand above its number: seen under the header), a row is the run of
         * lines centred on its number: as far below the number as its first line is above it.
         */
        private void readUnruled(Page page, List<Line> lines) {
            readUnruled(page.number() == headerPage ? lines.stream().filter(l -> l.y() > headerBottom).toList() : lines,
                    page.number() != headerPage);
            warnUnruled(page);
        }

        /** Says, once per table, that its rows were told apart without rules, and how. */
        private void warnUnruled(Page page) {
            if (warned) {
                return;
            }
            warned = true;
            String how = !numbered ? "each line that starts in its first column was read as a new row: check tasks "
                    + "written over several lines"
                    : Boolean.TRUE.equals(centred) ? "its rows were cut at the numbers of its " + headers.getFirst()
                    + " column, each the lines centred on its number: check rows that a page break cuts"
                    : "its rows were cut at the numbers of its " + headers.getFirst() + " column: check rows that a "
                    + "page break cuts";
            warnings.add("page " + page.number() + ": the table headed " + String.join(" | ", headers)
                    + " has no rules between its rows; " + how);
        }

        private void readUnruled(List<Line> lines, boolean pageTop) {
            int from = 0;
            while (from < lines.size() && isHeaderPiece(cellsOf(lines.get(from)))) {
                from++; // the header, or the header repeated at the top of a page
            }
            List<Line> body = lines.subList(from, lines.size());
            if (centred == null && numbered && !pageTop) {
                int firstNumber = -1;
                for (int k = 0; k < body.size() && firstNumber < 0; k++) {
                    if (startsRow(body.get(k))) {
                        firstNumber = k;
                    }
                }
                centred = firstNumber > 0 && body.subList(0, firstNumber).stream().noneMatch(l -> spanning(l) != null);
            }
            long[] current = null;
            float end = Float.NaN; // where a centred row ends
            int numberLine = -1;
            for (int k = 0; k < body.size(); k++) {
                Line line = body.get(k);
                if (spanning(line) != null) {
                    current = null;
                    rows.add(new Row(null, line.words().stream().map(Word::text).reduce("", PdfText::joined).strip()));
                    continue;
                }
                List<String> cells = cellsOf(line);
                boolean starts;
                if (Boolean.TRUE.equals(centred)) {
                    int number = k;
                    while (number < body.size() && !startsRow(body.get(number)) && spanning(body.get(number)) == null) {
                        number++;
                    }
                    boolean past = Float.isNaN(end) || line.y() > end + 0.3f * line.size();
                    boolean anotherNumber = k > numberLine && startsRow(line); // rows not centred after all
                    starts = (past || anotherNumber) && number < body.size() && startsRow(body.get(number));
                    if (starts) {
                        Line centre = body.get(number);
                        end = centre.y() + (centre.y() - line.y());
                        numberLine = number;
                    }
                } else {
                    starts = numbered ? startsRow(line) : !cells.getFirst().isEmpty();
                }
                if (current == null && !starts && pageTop && numbered && lastRow() != null) {
                    current = lastRow().blocks();
                } else if (current == null || starts) {
                    current = new long[headers.size()];
                    for (int c = 0; c < current.length; c++) {
                        current[c] = -(++unruledBlocks);
                    }
                    rows.add(new Row(current, null));
                }
                pageTop = false;
                for (int c = 0; c < cells.size(); c++) {
                    join(texts.computeIfAbsent(current[c], b -> new StringBuilder()), cells.get(c));
                }
            }
        }

        private boolean startsRow(Line line) {
            return ROW_NUMBER.matcher(cellsOf(line).getFirst()).matches();
        }

        private float middleOf(int column, List<Line> lines) {
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
    }

    private static List<Float> distinct(List<Float> sorted) {
        List<Float> out = new ArrayList<>();
        for (float y : sorted) {
            if (out.isEmpty() || y - out.getLast() > TOLERANCE) {
                out.add(y);
            }
        }
        return out;
    }

    /** Appends the next piece of a cell's text: glued to Chinese, a space between two Latin words. */
    private static void join(StringBuilder cell, String next) {
        if (next.isEmpty()) {
            return;
        }
        if (!cell.isEmpty() && isLatin(cell.charAt(cell.length() - 1)) && isLatin(next.charAt(0))) {
            cell.append(' ');
        }
        cell.append(next);
    }

    private static String joined(String a, String b) {
        StringBuilder s = new StringBuilder(a);
        join(s, b);
        return s.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
