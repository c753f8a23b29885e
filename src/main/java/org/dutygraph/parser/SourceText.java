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

    private SourceText(List<Line> lines, boolean html) {
        this.lines = lines;
        this.html = html;
    }

    static SourceText of(String input) {
        boolean html = HTML.matcher(input).find();
        String text = html ? htmlToText(input) : input;
        String[] raw = text.split("\\r\\n|\\r|\\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String original = Characters.strip(raw[i]);
            lines.add(new Line(i + 1, original, Characters.fold(original)));
        }
        return new SourceText(List.copyOf(lines), html);
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
