package org.dutygraph.bench;

import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * {@link DocumentParser#parse} on the seed document (钟政发〔2021〕24号, 123 clauses): average time per parse, one
 * fork, 3 warm-up and 5 measured iterations of 5 s. Run:
 * {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.args=ParserBenchmark}; see {@code benchmarks/parser.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ParserBenchmark {

    private String seed;

    @Setup
    public void load() throws IOException {
        try (InputStream in = ParserBenchmark.class.getResourceAsStream("/seed/zhonglou-2021.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public ParsedDocument seed() {
        return DocumentParser.parse(seed);
    }
}
