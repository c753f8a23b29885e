package org.dutygraph.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages of a PDF as {@link PdfText} reads them: each page's glyphs gathered into words and lines by where they
 * sit, and the straight rules it draws ({@link PdfRules}), read only when a table asks for them.
 */
final class PdfPages {

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

    private PdfPages() {
    }

    /** The pages of {@code document}: their lines read now, their rules when a table first asks for them. */
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
        PdfRules rules = new PdfRules(page);
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
}
