package org.dutygraph.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as rows of text, written as CSV (UTF-8 with BOM, so Excel reads Chinese right) or as a Markdown table.
 * Both are safe to open: a CSV cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return; OWASP's CSV-injection rule) is written with a leading apostrophe, plain numbers excepted; a
 * Markdown cell's HTML is escaped, so a clause's {@code <script>} stays text in any Markdown viewer.
 */
public record Table(String title, List<String> header, List<List<String>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public String csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        out.append("| ").append(String.join(" | ", header.stream().map(Table::cell).toList())).append(" |\n");
        out.append("|").append(" --- |".repeat(header.size())).append("\n");
        for (List<String> r : rows) {
            out.append("| ").append(String.join(" | ", r.stream().map(Table::cell).toList())).append(" |\n");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            String s = neutralised(v == null ? "" : v);
            quoted.add(s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                    ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?%?");

    /** A cell a spreadsheet would evaluate, made text: a leading apostrophe (a plain number stays a number). */
    static String neutralised(String s) {
        if (s.isEmpty() || NUMBER.matcher(s).matches()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '＝' || c == '＋' || c == '－'
                || c == '＠' ? "'" + s : s;
    }

    private static String cell(String v) {
        return v == null ? "" : v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
