package org.dutygraph.parser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Random mutations of the seed (fixed seeds, so a failure can be replayed): the parser either reads the text or
 * refuses it with a located {@link ParseException}; no other exception ever escapes, and a result is never half
 * (every section has clauses, every clause has text and an owner role).
 */
@DisplayName("Parser under random mutations of the seed")
class ParserFuzzTest {

    static final int RUNS = 400;
    static final String NOISE = "一二三十、.．。，,;；:：()（）《》“”会同配合牵头部门局1234567890%个月底前\n\n \t区市县省<>&\"'\\\u0000\uFFFD\uD83D\uDE00";

    @Test
    void every_mutation_is_read_whole_or_refused_with_a_located_error() throws IOException {
        String seed = SeedDocumentTest.seedText();
        int parsed = 0;
        int refused = 0;
        for (int run = 0; run < RUNS; run++) {
            SplittableRandom random = new SplittableRandom(run);
            String text = mutate(seed, random);
            try {
                ParsedDocument doc = DocumentParser.parse(text);
                assertWhole(doc, run);
                parsed++;
            } catch (ParseException e) {
                assertThat(e.getMessage()).as("run %d", run).isNotBlank();
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("run " + run + " threw " + e + " on a mutation of the seed", e);
            }
        }
        assertThat(parsed).as("most mutations still read").isGreaterThan(RUNS / 2);
        System.out.printf("fuzz: %d read, %d refused%n", parsed, refused);
    }

    @Test
    void random_bytes_and_empty_pieces_are_refused_cleanly() {
        SplittableRandom random = new SplittableRandom(42);
        for (int run = 0; run < 200; run++) {
            StringBuilder garbage = new StringBuilder();
            int length = random.nextInt(0, 3000);
            for (int i = 0; i < length; i++) {
                garbage.append((char) random.nextInt(0, 0xFFFF));
            }
            try {
                DocumentParser.parse(garbage.toString());
            } catch (ParseException expected) {
                continue;
            } catch (RuntimeException e) {
                fail("garbage run " + run + " threw " + e, e);
            }
        }
    }

    private static void assertWhole(ParsedDocument doc, int run) {
        assertThat(doc.sections()).as("run %d", run).isNotEmpty();
        for (ParsedSection s : doc.sections()) {
            assertThat(s.tasks()).as("run %d, %s", run, s.department()).isNotEmpty();
            for (ParsedTask c : s.tasks()) {
                assertThat(c.text()).as("run %d", run).isNotEmpty();
                assertThat(c.participants()).as("run %d, %s #%d", run, s.department(), c.ordinal())
                        .anyMatch(p -> p.department().equals(s.department()));
            }
        }
    }

    /** One to eight random edits: delete, duplicate or swap a span, insert noise, cut the text, join or split lines. */
    static String mutate(String seed, SplittableRandom random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = random.nextInt(1, 9);
        for (int e = 0; e < edits && !text.isEmpty(); e++) {
            int at = random.nextInt(text.length());
            int span = Math.min(text.length() - at, random.nextInt(1, 200));
            switch (random.nextInt(7)) {
                case 0 -> text.delete(at, at + span);
                case 1 -> text.insert(at, text.substring(at, at + span));
                case 2 -> text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 3 -> text.setLength(at);
                case 4 -> text.replace(at, at + span, text.substring(at, at + span).replace("\n", ""));
                case 5 -> text.insert(at, '\n');
                default -> {
                    List<String> lines = new ArrayList<>(List.of(text.toString().split("\n", -1)));
                    int a = random.nextInt(lines.size());
                    int b = random.nextInt(lines.size());
                    String swap = lines.get(a);
                    lines.set(a, lines.get(b));
                    lines.set(b, swap);
                    text = new StringBuilder(String.join("\n", lines));
                }
            }
        }
        return text.toString();
    }
}
