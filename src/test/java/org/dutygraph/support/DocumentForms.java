package org.dutygraph.support;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One document, written for the tests as text, made into the files people receive it as: a Word file (a paragraph
 * per line, the tab-separated lines of a table as a Word table), a web page (paragraphs and a {@code <table>}) and a
 * PDF (that page printed by Chromium, its CJK fonts embedded, its table ruled). The text is the reference: each form
 * must read as it does.
 */
public final class DocumentForms {

    /** The forms a document comes in besides text. */
    public enum Form { DOCX, HTML, PDF }

    private DocumentForms() {
    }

    public static byte[] of(String text, Form form) throws IOException, InterruptedException {
        return switch (form) {
            case DOCX -> docx(text);
            case HTML -> html(text, "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> pdf(text);
        };
    }

    /** A block of the document: a paragraph, or the rows of a table. */
    private record Block(String paragraph, List<String[]> rows) {
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String[]> table = null;
        for (String line : text.lines().toList()) {
            if (line.isBlank()) {
                table = null;
                continue;
            }
            if (line.contains("\t")) {
                if (table == null) {
                    table = new ArrayList<>();
                    blocks.add(new Block(null, table));
                }
                table.add(line.split("\t", -1));
            } else {
                table = null;
                blocks.add(new Block(line.strip(), null));
            }
        }
        return blocks;
    }

    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : blocks(text)) {
                if (block.paragraph() != null) {
                    doc.createParagraph().createRun().setText(block.paragraph());
                    continue;
                }
                int columns = block.rows().stream().mapToInt(r -> r.length).max().orElseThrow();
                XWPFTable table = doc.createTable(block.rows().size(), columns);
                for (int r = 0; r < block.rows().size(); r++) {
                    String[] cells = Arrays.copyOf(block.rows().get(r), columns);
                    for (int c = 0; c < columns; c++) {
                        XWPFTableCell cell = table.getRow(r).getCell(c);
                        cell.removeParagraph(0);
                        cell.addParagraph().createRun().setText(cells[c] == null ? "" : cells[c]);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The page; {@code style} is added to its stylesheet (narrow columns, borderless tables …). */
    public static String html(String text, String style) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
                + "table{border-collapse:collapse} td{border:1px solid #000;padding:4px;vertical-align:middle}"
                + style + "</style></head><body>");
        for (Block block : blocks(text)) {
            if (block.paragraph() != null) {
                html.append("<p>").append(escape(block.paragraph())).append("</p>");
                continue;
            }
            html.append("<table>");
            for (String[] row : block.rows()) {
                html.append("<tr>");
                for (String cell : row) {
                    html.append("<td>").append(escape(cell)).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</table>");
        }
        return html.append("</body></html>").toString();
    }

    public static byte[] pdf(String text) throws IOException, InterruptedException {
        return ChromiumPdf.print(html(text, ""));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
