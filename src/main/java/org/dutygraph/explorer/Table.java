package org.dutygraph.explorer;

import java.util.ArrayList;
import java.util.List;

/** A report as rows of text, written as CSV (UTF-8 with BOM, so Excel reads Chinese right) or as a Markdown table. */
record Table(String title, List<String> header, List<List<String>> rows) {

    Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    String csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    String markdown() {
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
            String s = v == null ? "" : v;
            quoted.add(s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                    ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }

    private static String cell(String v) {
        return v == null ? "" : v.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
