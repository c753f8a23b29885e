package org.dutygraph.bench;

import org.dutygraph.document.DocumentFiles;
import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.support.DocumentForms;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reading one 100-task task-division document (10 topics × 10 tasks, each ending with a role parenthetical; or a
 * 100-row task table whose cells wrap) from each file type and parsing it: {@code DocumentFiles.text} then {@code DocumentParser.parse}, the part of an import that
 * differs by file type (the database write that follows is the same for all). The files are made by {@code DocumentForms}: the
 * .docx with POI (a table as a Word table), the .pdf printed from the HTML page by the machine's Chromium (Debian's chromium must be installed). Average time per file, one
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

    /** parentheticals: 10 topics × 10 tasks with role parentheticals; table: one 100-row task table, cells wrapping. */
    @Param({"parentheticals", "table"})
    public String layout;

    private byte[] file;

    private static final String[] UNITS = {"市发展改革委", "市财政局", "市市场监管局", "市住建局", "市生态环境局", "市交通运输局",
            "市商务局", "市教育局", "市公安局", "市自然资源局"};

    static String parentheticals() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add("某市2024年优化营商环境重点任务分工方案");
        for (int topic = 1; topic <= 10; topic++) {
            lines.add(org.dutygraph.genre.Numerals.chinese(topic) + "、第" + topic + "方面重点工作");
            for (int task = 1; task <= 10; task++) {
                lines.add("（" + org.dutygraph.genre.Numerals.chinese(task) + "）推进第" + topic + "项改革的第" + task
                        + "项任务，完善工作机制，2024年" + (task % 12 + 1) + "月底前完成。（牵头单位：" + UNITS[(topic + task) % 10]
                        + "，配合单位：" + UNITS[(topic + 2 * task + 1) % 10] + "、" + UNITS[(topic + 3 * task + 2) % 10] + "）");
            }
        }
        return String.join("\n", lines);
    }

    static String table() {
        StringBuilder text = new StringBuilder("某市2024年优化营商环境重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n");
        for (int task = 1; task <= 100; task++) {
            text.append(task).append("\t推进第").append(task).append("项改革任务，完善工作机制，健全制度体系，强化督促检查，确保按期完成\t")
                    .append(UNITS[task % 10]).append('\t').append(UNITS[(2 * task + 1) % 10]).append('、')
                    .append(UNITS[(3 * task + 2) % 10]).append("\t2024年").append(task % 12 + 1).append("月底前\n");
        }
        return text.toString();
    }

    @Setup
    public void build() throws IOException, InterruptedException {
        String text = layout.equals("table") ? table() : parentheticals();
        file = type.equals("text") ? text.getBytes(StandardCharsets.UTF_8)
                : DocumentForms.of(text, DocumentForms.Form.valueOf(type.toUpperCase()));
        ParsedDocument check = parse();
        if (check.clauseCount() != 100 || check.tasks().stream().anyMatch(c -> c.participants().isEmpty())) {
            throw new IllegalStateException(type + " " + layout + " read " + check.clauseCount() + " tasks, not 100 with units");
        }
    }

    @Benchmark
    public ParsedDocument parse() {
        return DocumentParser.parse(DocumentFiles.text(file, "plan." + type));
    }
}
