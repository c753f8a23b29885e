package org.dutygraph.parser;

import org.dutygraph.genre.Characters;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The input as lines: HTML reduced to its text, each line kept twice, as written and in a matching form where
 * full-width ASCII (（，：；１) and ideographic spaces are folded to their ASCII forms. Folding maps one char to
 * one char, so a position found in the matching form is the same position in the original.
 */
final class SourceText {

    /** One line of the text. {@code number} is 1-based. */
    record Line(int number, String original, String folded) {
        boolean isBlank() {
            return folded.isBlank();
        }
    }

    private static final Pattern HTML = Pattern.compile("<\\s*(html|body|div|p|br|table|span|td|li|h[1-6])\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "section", "article", "ul", "ol", "dd", "dt", "header", "footer", "pre",
            "blockquote", "title");

    private final List<Line> lines;
    private final boolean html;
    private final int removedControls;
    private final int firstControlLine;

    private SourceText(List<Line> lines, boolean html, int removedControls, int firstControlLine) {
        this.lines = lines;
        this.html = html;
        this.removedControls = removedControls;
        this.firstControlLine = firstControlLine;
    }

    static SourceText of(String input) {
        boolean html = HTML.matcher(input).find();
        String text = html ? htmlToText(input) : input;
        String[] raw = text.split("\\r\\n|\\r|\\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        int removed = 0;
        int firstLine = 0;
        for (int i = 0; i < raw.length; i++) {
            String clean = CONTROLS.matcher(raw[i]).replaceAll("");
            if (clean.length() != raw[i].length()) {
                removed += raw[i].length() - clean.length();
                firstLine = firstLine == 0 ? i + 1 : firstLine;
            }
            String original = Characters.strip(clean);
            lines.add(new Line(i + 1, original, Characters.fold(original)));
        }
        return new SourceText(List.copyOf(lines), html, removed, firstLine);
    }

    /**
     * Characters no document shows: C0 and C1 controls but tab and line breaks (NUL, backspace, form feed …), and the
     * invisible format characters that split a name in two for the reader but not for the eye (zero-width spaces and
     * joiners, a byte-order mark inside the text).
     */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200B-\\u200D\\u2060\\uFEFF]");

    /** How many invisible control characters were removed, and the first line that had one (0 if none). */
    int removedControls() {
        return removedControls;
    }

    int firstControlLine() {
        return firstControlLine;
    }

    List<Line> lines() {
        return lines;
    }

    boolean wasHtml() {
        return html;
    }

    /**
     * The text of a page: block elements on lines of their own; a table row on one line with its cells separated by
     * tabs (the text form of a table the table reader knows), a cell's own paragraphs joined.
     */
    private static String htmlToText(String input) {
        org.jsoup.nodes.Document document = Jsoup.parse(input);
        document.select("script, style, noscript, template").remove();
        StringBuilder out = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            private int inCell;
            private int cellsInRow;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
                } else if (node instanceof Element element) {
                    String name = element.normalName();
                    if (name.equals("tr")) {
                        cellsInRow = 0;
                        out.append('\n');
                    } else if (name.equals("td") || name.equals("th")) {
                        if (inCell == 0 && cellsInRow++ > 0) {
                            out.append('\t');
                        }
                        inCell++;
                    } else if (inCell == 0 && BLOCKS.contains(name)) {
                        out.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String name = element.normalName();
                    if (name.equals("td") || name.equals("th")) {
                        inCell--;
                    } else if (name.equals("tr") || (inCell == 0 && BLOCKS.contains(name))) {
                        out.append('\n');
                    }
                }
            }
        });
        return out.toString();
    }
}
