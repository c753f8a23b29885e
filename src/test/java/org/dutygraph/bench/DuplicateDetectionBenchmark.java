package org.dutygraph.bench;

import org.dutygraph.similarity.SimilarityFinder;
import org.dutygraph.similarity.SimilarityFinder.Item;
import org.dutygraph.similarity.SimilarityFinder.Pair;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link SimilarityFinder#find} on synthetic corpora of {@link ClauseCorpus} (1k, 10k, 100k clauses): the whole
 * pipeline, shingling and MinHash included, average time per call. Before the timed part, each trial runs the finder
 * once and prints the recall of the injected near-duplicates and shared sentences, so a fast but blind finder shows.
 *
 * <p>One fork, 2 warm-up and 5 measured iterations of at least 10 s each (a 100k call takes longer than that, so
 * an iteration there is a single call). Run: {@code ./mvnw -B -Pbench test-compile exec:exec}; see
 * {@code benchmarks/duplicate-detection.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
public class DuplicateDetectionBenchmark {

    @Param({"1000", "10000", "100000"})
    public int size;

    private List<Item> items;

    @Setup(Level.Trial)
    public void corpus() {
        ClauseCorpus.Corpus corpus = ClauseCorpus.generate(size);
        items = corpus.items();
        List<Pair> pairs = SimilarityFinder.find(items);
        System.out.printf("%n[size %d] recall: %s%n", size, DuplicateRecall.recall(corpus, pairs));
    }

    @Benchmark
    public List<Pair> find() {
        return SimilarityFinder.find(items);
    }
}
