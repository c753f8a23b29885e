package org.dutygraph.bench;

import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParseException;
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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@link DocumentParser#parse} per input: the seed (钟政发〔2021〕24号, 123 clauses, a 目标责任书), the national and
 * provincial task-division documents of the corpus (国办发〔2020〕43号, 99 tasks; 皖 工业互联网, 49 tasks; read from
 * {@code ../shared/corpus} and refused by the setup when absent), and two inputs built to find super-linear work: 30,000
 * lines of {@code 一、} (every one a candidate label the outline must reject) and 2,000 numbered tasks naming 4,000
 * distinct units. Average time per parse, one fork, 3 warm-up and 5 measured iterations of 5 s. Run:
 * {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.args=ParserBenchmark}; see {@code benchmarks/parser.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ParserBenchmark {

    @Param({"seed", "national", "provincial", "repeated-headings", "many-units"})
    public String input;

    private String text;

    @Setup
    public void load() throws IOException {
        text = switch (input) {
            case "seed" -> resource("/seed/zhonglou-2021.txt");
            case "national" -> corpus("02-guoban-2020-43-fangguanfu-fengong.txt");
            case "provincial" -> corpus("05-anhui-2021-gongye-hulianwang.txt");
            case "repeated-headings" -> "一、\n".repeat(30_000);
            case "many-units" -> manyUnits(2_000);
            default -> throw new IllegalArgumentException("unknown input " + input);
        };
    }

    @Benchmark
    public Object parse() {
        try {
            return DocumentParser.parse(text);
        } catch (ParseException refused) {
            return refused; // the repeated headings are refused: what is measured is the time to say so
        }
    }

    static String manyUnits(int tasks) {
        StringBuilder b = new StringBuilder("某市重点任务分工方案\n一、重点任务\n");
        for (int i = 0; i < tasks; i++) {
            b.append("（").append(i % 100 + 1).append("）做好第").append(i).append("项工作。（牵头单位：市第").append(i)
                    .append("局；配合单位：市第").append(i).append("办）\n");
        }
        return b.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ParserBenchmark.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String corpus(String name) throws IOException {
        Path file = Path.of("..", "shared", "corpus", name);
        if (!Files.exists(file)) {
            throw new IllegalStateException("the corpus document " + file + " is absent: run from the repository root "
                    + "next to ../shared/corpus, or drop this input with -p input=seed");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
