package org.dutygraph.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.Layout;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.support.ChromiumPdf;
import org.dutygraph.support.LongTable;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Word and PDF files read by their content; the same document as text and as a file gives the same reading. */
@DisplayName("Reading document files")
class DocumentFilesTest {

    static Set<String> triples(ParsedDocument doc) {
        Set<String> out = new TreeSet<>();
        doc.tasks().forEach(c -> c.participants().forEach(p -> out.add(c.path() + " " + p.role() + " " + p.department())));
        return out;
    }

    static byte[] bytes(XWPFDocument doc) throws IOException {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        }
    }

    static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /** A Word list: level 0 written 一、, level 1 written （1）, as government documents number tasks. */
    static BigInteger topicList(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        level(abstractNum, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
        level(abstractNum, 1, STNumberFormat.DECIMAL, "（%2）");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    static void level(CTAbstractNum abstractNum, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    static void listItem(XWPFDocument doc, BigInteger list, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(list);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    @Nested
    @DisplayName("Word (.docx)")
    class Word {

        @Test
        void list_numbers_word_draws_are_read_as_the_task_labels_they_show() throws IOException {
            XWPFDocument doc = new XWPFDocument();
            paragraph(doc, "某市2024年优化营商环境重点任务分工方案");
            BigInteger list = topicList(doc);
            listItem(doc, list, 0, "提升政务服务效能");
            listItem(doc, list, 1, "推行企业开办一日办结，2024年6月底前完成。（牵头单位：市市场监管局，配合单位：市税务局、市公安局）");
            listItem(doc, list, 1, "推进工程建设项目审批改革。（市住建局牵头，市自然资源局、市发展改革委按职责分工负责）");
            listItem(doc, list, 0, "加强监管");
            listItem(doc, list, 1, "建立信用分级分类监管制度。（责任单位：市发展改革委、市市场监管局）");

            String text = DocumentFiles.text(bytes(doc), "plan.docx");
            ParsedDocument read = DocumentParser.parse(text);

            assertThat(text).contains("一、提升政务服务效能", "（1）推行企业开办", "（2）推进工程", "二、加强监管", "（1）建立信用");
            assertThat(read.layout()).isEqualTo(Layout.TOPIC_PARENTHETICALS);
            assertThat(triples(read)).containsExactly(
                    "一/(1) LEAD 市市场监管局", "一/(1) SUPPORT 市公安局", "一/(1) SUPPORT 市税务局",
                    "一/(2) JOINT 市发展改革委", "一/(2) JOINT 市自然资源局", "一/(2) LEAD 市住建局",
                    "二/(1) LEAD 市发展改革委", "二/(1) LEAD 市市场监管局");
            assertThat(read.task("一/(1)").orElseThrow().deadlines()).extracting(d -> d.month()).containsExactly(6);
        }

        @Test
        void a_table_gives_each_row_its_units_and_a_vertically_merged_lead_cell_leads_every_row_it_spans() throws IOException {
            XWPFDocument doc = new XWPFDocument();
            paragraph(doc, "2023年钟楼区河道治理任务分工表");
            XWPFTable table = doc.createTable(4, 5);
            row(table.getRow(0), "序号", "重点任务", "牵头单位", "配合单位", "完成时限");
            row(table.getRow(1), "1", "开展入河排污口排查整治", "区生态环境局", "区水利局、区住建局", "2023年6月底前");
            row(table.getRow(2), "2", "推进黑臭水体长效管护", "", "区城管局", "2023年9月底前");
            row(table.getRow(3), "3", "建设河道水质自动监测站", "区水利局", "", "2023年12月底前");
            merge(table.getRow(1).getCell(2), STMerge.RESTART);
            merge(table.getRow(2).getCell(2), STMerge.CONTINUE);

            ParsedDocument read = DocumentParser.parse(DocumentFiles.text(bytes(doc), "table.docx"));

            assertThat(read.layout()).isEqualTo(Layout.TABLE);
            assertThat(triples(read)).containsExactly("1 LEAD 区生态环境局", "1 SUPPORT 区住建局", "1 SUPPORT 区水利局",
                    "2 LEAD 区生态环境局", "2 SUPPORT 区城管局", "3 LEAD 区水利局");
            assertThat(read.task("2").orElseThrow().deadlines()).extracting(d -> d.month()).containsExactly(9);
        }

        static void row(XWPFTableRow row, String... cells) {
            for (int i = 0; i < cells.length; i++) {
                XWPFTableCell cell = row.getCell(i);
                cell.removeParagraph(0);
                cell.addParagraph().createRun().setText(cells[i] == null ? "" : cells[i]);
            }
        }

        static void merge(XWPFTableCell cell, STMerge.Enum how) {
            var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            properties.addNewVMerge().setVal(how);
        }
    }

    @Nested
    @DisplayName("PDF, printed from HTML by the machine's Chromium (its CJK fonts embedded, as an office's PDFs are)")
    class Pdf {

        @Test
        void tasks_with_role_parentheticals_read_as_from_the_text_even_where_a_line_wraps_inside_one() throws Exception {
            String[] lines = {"某市2024年优化营商环境重点任务分工方案", "一、提升政务服务效能",
                    "（一）推行企业开办一日办结，进一步压缩企业开办时间，全面推行电子营业执照和电子印章同步发放，2024年6月底前完成。"
                            + "（牵头单位：市市场监管局，配合单位：市税务局、市公安局、市人力资源社会保障局、市住房公积金中心）",
                    "（二）推进工程建设项目审批改革。（市住建局牵头，市自然资源局、市发展改革委按职责分工负责）",
                    "二、加强监管", "（一）建立信用分级分类监管制度。（责任单位：市发展改革委、市市场监管局）"};
            String text = DocumentFiles.text(org.dutygraph.support.DocumentForms.pdf(String.join("\n", lines)), "plan.pdf");

            assertThat(text).as("the page wraps inside the long parenthetical").containsPattern("（牵头单位：[^）]*\n");

            assertThat(triples(DocumentParser.parse(text))).isEqualTo(triples(DocumentParser.parse(String.join("\n", lines))))
                    .contains("一/(一) SUPPORT 市住房公积金中心", "一/(二) JOINT 市自然资源局", "二/(一) LEAD 市市场监管局");
        }

    }

    @Nested
    @DisplayName("PDF tables, read by the position of their text")
    class PdfTables {

        @Test
        void every_row_of_a_long_ruled_table_keeps_its_units_and_deadline_across_wraps_merges_and_page_breaks() throws Exception {
            LongTable table = new LongTable(40);
            byte[] pdf = ChromiumPdf.print(table.html("td:nth-child(2){width:40%}td:nth-child(3){width:7%}td:nth-child(4){width:14%}"));
            DocumentFiles.Reading reading = DocumentFiles.read(pdf, "table.pdf");
            String text = reading.text();
            ParsedDocument read = DocumentParser.parse(text);

            assertThat(reading.warnings()).as("a ruled table leaves nothing to check").isEmpty();
            assertThat(read.layout()).isEqualTo(Layout.TABLE);
            assertThat(read.clauseCount()).isEqualTo(40);
            for (int i = 1; i <= 40; i++) {
                var task = read.task(String.valueOf(i)).orElseThrow(() -> new AssertionError("no task " + text));
                assertThat(task.text()).as("task %d", i).contains("确保第" + i + "项任务按期完成").startsWith("开展入河排污口");
                assertThat(task.participants()).as("task %d", i)
                        .extracting(p -> p.role() + " " + p.department()).containsExactlyInAnyOrder(
                                "LEAD " + LongTable.lead(i), "SUPPORT 区住建局", "SUPPORT 区城管局", "SUPPORT 区农业农村局",
                                "SUPPORT 区交通运输局");
                assertThat(task.deadlines()).as("task %d", i).extracting(d -> d.month()).containsExactly(1 + i % 12);
            }
            assertThat(triples(read)).isEqualTo(triples(DocumentParser.parse(table.text())));
            assertThat(text).as("the repeated header and the signature are not rows").containsOnlyOnce("牵头单位")
                    .contains("\n钟楼区人民政府办公室\n");
        }

        @Test
        void letter_spaced_headers_are_joined_and_a_heading_row_across_the_table_stays_a_heading() throws Exception {
            String html = "<html><head><meta charset=\"utf-8\"><style>table{border-collapse:collapse}"
                    + "td{border:1px solid #000;padding:3px}</style></head><body><p>2023年武进区生活垃圾分类工作任务分解表</p>"
                    + "<table><tr><td>序　号</td><td>工 作 任 务</td><td>牵 头 单 位</td><td>配 合 单 位</td><td>时 间 节 点</td></tr>"
                    + "<tr><td colspan=\"5\">一、完善分类设施</td></tr>"
                    + "<tr><td>1</td><td>推进小区分类投放点改造，全年完成200个小区投放点改造</td><td>区城管局</td>"
                    + "<td>区住建局、区财政局</td><td>2023年6月底前</td></tr>"
                    + "<tr><td colspan=\"5\">二、强化宣传引导</td></tr>"
                    + "<tr><td>2</td><td>开展垃圾分类进学校活动</td><td>区教育局</td><td>团区委</td><td>2023年9月底前</td></tr>"
                    + "</table></body></html>";

            String text = DocumentFiles.text(ChromiumPdf.print(html), "table.pdf");
            ParsedDocument read = DocumentParser.parse(text);

            assertThat(text).contains("序号\t工作任务\t牵头单位\t配合单位\t时间节点\n", "\n一、完善分类设施\n", "\n二、强化宣传引导\n");
            assertThat(read.layout()).isEqualTo(Layout.TABLE);
            assertThat(triples(read)).containsExactly("一/1 LEAD 区城管局", "一/1 SUPPORT 区住建局", "一/1 SUPPORT 区财政局",
                    "二/2 LEAD 区教育局", "二/2 SUPPORT 团区委");
            assertThat(read.task("一/1").orElseThrow().deadlines()).extracting(d -> d.month()).containsExactly(6);
            assertThat(read.task("一/1").orElseThrow().targets()).singleElement()
                    .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("200"));
        }

        @Test
        void a_group_heading_over_the_role_columns_leaves_each_role_column_its_own() throws Exception {
            LongTable table = new LongTable(30);
            String html = table.html("td:nth-child(2){width:45%}", true).replace(
                    "<thead><tr><td>序　号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr></thead>",
                    "<thead><tr><td rowspan=\"2\">序号</td><td rowspan=\"2\">重点任务</td><td colspan=\"2\">责任单位</td>"
                            + "<td rowspan=\"2\">完成时限</td></tr><tr><td>牵头单位</td><td>配合单位</td></tr></thead>");
            assertThat(html).as("the group heading replaced the plain header").contains("<td colspan=\"2\">责任单位</td>");

            DocumentFiles.Reading reading = DocumentFiles.read(ChromiumPdf.print(html), "table.pdf");
            ParsedDocument read = DocumentParser.parse(reading.text());

            assertThat(reading.text()).contains("序号\t重点任务\t牵头单位\t配合单位\t完成时限\n").doesNotContain("责任单位");
            assertThat(triples(read)).isEqualTo(triples(DocumentParser.parse(table.text())));
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.ValueSource(strings = {
                "without rules, cells at the top: td{border:none;vertical-align:top;padding:2px 6px}",
                "without rules, cells centred: td{border:none;vertical-align:middle;padding:2px 6px}",
                "a three-line table: td{border:none} table{border-top:2px solid #000;border-bottom:2px solid #000}"
                        + " tr:first-child td{border-bottom:1px solid #000}"})
        void a_table_without_rules_between_its_rows_is_cut_into_rows_at_its_numbers(String drawn) throws Exception {
            LongTable table = new LongTable(9);
            byte[] pdf = ChromiumPdf.print(table.html(drawn.substring(drawn.indexOf(':') + 1), false));
            DocumentFiles.Reading reading = DocumentFiles.read(pdf, "table.pdf");
            ParsedDocument read = DocumentParser.parse(reading.text());

            assertThat(reading.warnings()).as("the reader says what it could not see").singleElement().asString()
                    .startsWith(LongTable.NO_RULES_WARNING + "; its rows were cut at the numbers of its 序号 column");

            assertThat(read.layout()).isEqualTo(Layout.TABLE);
            assertThat(triples(read)).isEqualTo(triples(DocumentParser.parse(table.text())));
            assertThat(read.task("9").orElseThrow().text()).startsWith(LongTable.task(9) + "\t区水利局\t")
                    .isEqualTo(DocumentParser.parse(table.text()).task("9").orElseThrow().text());
        }
    }

    @Nested
    @DisplayName("HTML pages")
    class Html {

        @Test
        void a_table_on_a_page_reads_as_the_same_table_in_text_even_with_paragraphs_inside_its_cells() {
            String text = TestDocuments.text("family/table-2023.txt");
            List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
            StringBuilder html = new StringBuilder("<html><body><h1>" + lines.getFirst() + "</h1><table>");
            for (String line : lines.subList(1, lines.size())) {
                html.append("<tr>");
                for (String cell : line.split("\t", -1)) {
                    html.append("<td><p>").append(cell.replace("、", "、</p><p>")).append("</p></td>");
                }
                html.append("</tr>");
            }
            html.append("</table></body></html>");

            ParsedDocument fromPage = DocumentParser.parse(DocumentFiles.text(html.toString().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), "table.html"));

            assertThat(fromPage.layout()).isEqualTo(Layout.TABLE);
            assertThat(triples(fromPage)).isEqualTo(triples(DocumentParser.parse(text))).isNotEmpty();
        }
    }

    @Nested
    @DisplayName("files that cannot be read are refused with the reason")
    class Refused {

        static String refusal(byte[] bytes, String name) {
            DocumentFiles.UnreadableFileException e = catchThrowableOfType(DocumentFiles.UnreadableFileException.class,
                    () -> DocumentFiles.text(bytes, name));
            assertThat(e).as("refused").isNotNull();
            return e.getMessage();
        }

        @Test
        void a_truncated_word_file() throws IOException {
            XWPFDocument doc = new XWPFDocument();
            paragraph(doc, "某市重点任务分工方案");
            byte[] whole = bytes(doc);
            assertThat(refusal(Arrays.copyOf(whole, whole.length / 2), "cut.docx"))
                    .startsWith("cut.docx is not a readable Word (.docx) document");
        }

        @Test
        void a_zip_that_is_not_a_word_file_and_an_old_binary_doc() {
            byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'a', '.', 't', 'x', 't'};
            assertThat(refusal(zip, "x.docx")).isEqualTo("x.docx is a zip archive but not a Word (.docx) document");
            byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
            assertThat(refusal(ole, "old.doc")).contains("old binary Word (.doc)").contains("save it as .docx");
        }

        @Test
        void the_content_decides_not_the_name() throws IOException {
            XWPFDocument doc = new XWPFDocument();
            paragraph(doc, "某市重点任务分工方案");
            paragraph(doc, "一、重点任务");
            paragraph(doc, "（一）做好工作。（牵头单位：市财政局）");
            byte[] word = bytes(doc);
            assertThat(DocumentFiles.kind(word)).isEqualTo(DocumentFiles.Kind.DOCX);
            assertThat(DocumentFiles.text(word, "named-as-text.txt")).contains("（牵头单位：市财政局）");
            assertThat(DocumentFiles.kind("一、区发改局\n1. 甲".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isEqualTo(DocumentFiles.Kind.TEXT);
        }

        @Test
        void a_scanned_pdf_without_a_text_layer() throws IOException {
            byte[] pdf;
            try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                doc.addPage(new PDPage());
                doc.save(out);
                pdf = out.toByteArray();
            }
            assertThat(refusal(pdf, "scan.pdf")).contains("without a text layer").contains("no OCR");
        }

        @Test
        void a_password_protected_pdf_and_a_broken_one() throws IOException {
            byte[] pdf;
            try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                doc.addPage(new PDPage());
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
                doc.save(out);
                pdf = out.toByteArray();
            }
            assertThat(refusal(pdf, "locked.pdf")).isEqualTo("locked.pdf is a password-protected PDF");
            assertThat(refusal("%PDF-1.7\n garbage".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "broken.pdf"))
                    .startsWith("broken.pdf is not a readable PDF");
        }
    }
}
