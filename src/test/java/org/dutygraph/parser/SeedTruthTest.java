package org.dutygraph.parser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed keeps its reading: the 185 role triples checked by hand when it was first read (issue 2), each with its
 * evidence, are exactly what the reader of the whole family gives it — read as written, and read again after its
 * line breaks were removed (a scraped body can be one line).
 */
@DisplayName("The seed's role triples, as hand-checked")
class SeedTruthTest {

    static Set<String> truth() throws IOException {
        try (InputStream in = SeedTruthTest.class.getResourceAsStream("/corpus-truth/seed-zhonglou-2021.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    static Set<String> read(ParsedDocument doc) {
        Set<String> triples = new LinkedHashSet<>();
        for (ParsedTask c : doc.tasks()) {
            for (ParsedParticipation p : c.participants()) {
                triples.add(c.path() + "\t" + p.department() + "\t" + p.role() + "\t" + p.evidence());
            }
        }
        return triples;
    }

    @Test
    void all_185_triples_with_their_evidence_and_no_other() throws IOException {
        ParsedDocument seed = DocumentParser.parse(SeedDocumentTest.seedText());
        assertThat(seed.layout()).isEqualTo(Layout.DEPARTMENT_SECTIONS);
        assertThat(read(seed)).containsExactlyInAnyOrderElementsOf(truth()).hasSize(185);
        assertThat(RoleTruth.load("seed-zhonglou-2021").score(seed).f1()).isEqualTo(1.0);
    }

    @Test
    void the_same_triples_when_the_page_was_scraped_into_one_line() throws IOException {
        String oneLine = String.join(" ", SeedDocumentTest.seedText().split("\\r?\\n"));
        ParsedDocument seed = DocumentParser.parse(oneLine);
        assertThat(read(seed)).containsExactlyInAnyOrderElementsOf(truth());
        assertThat(seed.metadata().title()).isEqualTo("2021年钟楼区深入打好污染防治攻坚战各有关部门目标责任书");
        assertThat(seed.metadata().number()).isEqualTo("钟政发〔2021〕24号");
    }

    @Test
    void every_clause_is_owned_by_its_section() throws IOException {
        ParsedDocument seed = DocumentParser.parse(SeedDocumentTest.seedText());
        for (ParsedSection s : seed.sections()) {
            assertThat(s.tasks()).allMatch(c -> c.owners().equals(java.util.List.of(s.department())));
            assertThat(s.title()).isEqualTo(s.department());
        }
        assertThat(seed.coverage()).isGreaterThan(0.95);
    }
}
