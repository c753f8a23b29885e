package org.dutygraph.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Development aid: parses the corpus and prints each document's score and its differences from the truth. */
public final class CorpusReport {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        boolean detail = args.length > 1;
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString().replace(".txt", "");
                if (args.length > 2 && !name.startsWith(args[2])) {
                    continue;
                }
                RoleTruth truth = RoleTruth.load(name);
                try {
                    long t0 = System.nanoTime();
                    ParsedDocument doc = DocumentParser.parse(Files.readString(p));
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    RoleTruth.Score s = truth.score(doc);
                    System.out.printf("%-45s %-22s tasks %3d  P %.3f R %.3f F1 %.3f  (%d/%d/%d) cov %.2f %dms%n", name,
                            doc.layout(), doc.clauseCount(), s.precision(), s.recall(), s.f1(), s.correct(), s.found(),
                            s.truth(), doc.coverage(), ms);
                    if (detail) {
                        s.missed().forEach(m -> System.out.println("   - " + m));
                        s.extra().forEach(m -> System.out.println("   + " + m));
                    }
                } catch (RuntimeException e) {
                    System.out.printf("%-45s FAILED %s%n", name, e);
                    if (detail) {
                        e.printStackTrace(System.out);
                    }
                }
            }
        }
    }
}
