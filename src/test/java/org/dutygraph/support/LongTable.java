package org.dutygraph.support;

/**
 * A long task table as offices print them: narrow columns in which every cell wraps over several lines and
 * headers wrap too (序/号, 牵头/单位), cells centred vertically, a lead unit merged over two rows, the header
 * repeated on each page and rows cut by page breaks.
 */
public final class LongTable {
    public static final String HEADER = "序号\t重点任务\t牵头单位\t配合单位\t完成时限";
    /** What reading the table drawn without rules between its rows warns (up to its advice), located on page 1. */
    public static final String NO_RULES_WARNING = "page 1: the table headed 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 has no "
            + "rules between its rows";
    private final int rows;

    public LongTable(int rows) {
        this.rows = rows;
    }

    public static String task(int i) {
        return "开展入河排污口排查整治，建立排污口名录，实施分类整治，规范设置标识牌，加强日常监管，确保第" + i + "项任务按期完成";
    }

    /** Rows 1–2, 4–5 … are led by 区生态环境局 (a cell merged over the two), rows 3, 6 … by 区水利局. */
    public static String lead(int i) {
        return i % 3 == 0 ? "区水利局" : "区生态环境局";
    }

    public static String supports() {
        return "区住建局、区城管局、区农业农村局、区交通运输局";
    }

    public static String deadline(int i) {
        return "2023年" + (1 + i % 12) + "月底前";
    }

    public String text() {
        StringBuilder text = new StringBuilder("2023年钟楼区河道治理任务分工表\n" + HEADER + "\n");
        for (int i = 1; i <= rows; i++) {
            text.append(i).append('\t').append(task(i)).append('\t').append(lead(i)).append('\t').append(supports())
                    .append('\t').append(deadline(i)).append('\n');
        }
        return text.toString();
    }

    /** The table printed as a PDF without rules between its rows (cells at the top, one lead per row). */
    public byte[] unruledPdf() throws java.io.IOException, InterruptedException {
        return ChromiumPdf.print(html("td{border:none;vertical-align:top}", false));
    }

    public String html(String style) {
        return html(style, true);
    }

    /** The page; {@code merged}: the lead of two rows in one cell spanning both. */
    public String html(String style, boolean merged) {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><style>table{border-collapse:collapse}"
                + "td{border:1px solid #000;padding:3px;vertical-align:middle}" + style + "</style></head><body>"
                + "<p>2023年钟楼区河道治理任务分工表</p><table><thead><tr><td>序　号</td><td>重点任务</td><td>牵头单位</td>"
                + "<td>配合单位</td><td>完成时限</td></tr></thead>");
        for (int i = 1; i <= rows; i++) {
            html.append("<tr><td>").append(i).append("</td><td>").append(task(i)).append("</td>");
            if (!merged) {
                html.append("<td>").append(lead(i)).append("</td>");
            } else if (i % 3 == 1) {
                html.append("<td rowspan=\"").append(i < rows ? 2 : 1).append("\">").append(lead(i)).append("</td>");
            } else if (i % 3 == 0) {
                html.append("<td>").append(lead(i)).append("</td>");
            }
            html.append("<td>").append(supports()).append("</td><td>").append(deadline(i)).append("</td></tr>");
        }
        return html.append("</table><p>钟楼区人民政府办公室</p><p>2023年3月1日</p></body></html>").toString();
    }
}
