package org.dutygraph.bench;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dutygraph.document.DocumentFiles;
import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.support.ChromiumPdf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reading one 100-task task-division document (10 topics × 10 tasks, each ending with a role parenthetical) from each
 * file type and parsing it: {@code DocumentFiles.text} then {@code DocumentParser.parse}, the part of an import that
 * differs by file type (the database write that follows is the same for all). The .docx is built with POI, the .pdf
 * printed from the HTML by the machine's Chromium (Debian's chromium must be installed). Average time per file, one
 * fork, 3 warm-up and 5 measured iterations of 2 s. Run:
 * {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.args=FileReadingBenchmark}; see {@code benchmarks/file-reading.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FileReadingBenchmark {

    @Param({"text", "html", "docx", "pdf"})
    public String type;

    private byte[] file;

    static String[] lines() {
        String[] units = {"市发展改革委", "市财政局", "市市场监管局", "市住建局", "市生态环境局", "市交通运输局", "市商务局",
                "市教育局", "市公安局", "市自然资源局"};
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add("某市2024年优化营商环境重点任务分工方案");
        for (int topic = 1; topic <= 10; topic++) {
            lines.add(org.dutygraph.genre.Numerals.chinese(topic) + "、第" + topic + "方面重点工作");
            for (int task = 1; task <= 10; task++) {
                lines.add("（" + org.dutygraph.genre.Numerals.chinese(task) + "）推进第" + topic + "项改革的第" + task
                        + "项任务，完善工作机制，2024年" + (task % 12 + 1) + "月底前完成。（牵头单位：" + units[(topic + task) % 10]
                        + "，配合单位：" + units[(topic + 2 * task + 1) % 10] + "、" + units[(topic + 3 * task + 2) % 10] + "）");
            }
        }
        return lines.toArray(String[]::new);
    }

    static String html(String[] lines) {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
        for (String line : lines) {
            html.append("<p>").append(line).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    @Setup
    public void build() throws IOException, InterruptedException {
        String[] lines = lines();
        file = switch (type) {
            case "text" -> String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            case "html" -> html(lines).getBytes(StandardCharsets.UTF_8);
            case "docx" -> {
                try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    for (String line : lines) {
                        doc.createParagraph().createRun().setText(line);
                    }
                    doc.write(out);
                    yield out.toByteArray();
                }
            }
            case "pdf" -> ChromiumPdf.print(html(lines));
            default -> throw new IllegalArgumentException(type);
        };
        ParsedDocument check = parse();
        if (check.clauseCount() != 100) {
            throw new IllegalStateException(type + " read " + check.clauseCount() + " tasks, not 100");
        }
    }

    @Benchmark
    public ParsedDocument parse() {
        return DocumentParser.parse(DocumentFiles.text(file, "plan." + type));
    }
}
