package org.dutygraph.portfolio;

import org.dutygraph.document.DocumentImporter;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scopes select the documents an answer covers: by id, by jurisdiction (and the governments above it), by year, by
 * the day a document is in force. On the seed (钟楼区 2021, in force 2021-05-14 to 2025-02-13), its city's document
 * (常州市 2021), another district's (天宁区 2023) and the State Council's (2022).
 */
@DisplayName("Scopes: which documents an answer covers")
class DocumentScopesIT extends ServiceIT {

    @Autowired
    DocumentImporter importer;

    @BeforeEach
    void documents() {
        importer.importText(TestDocuments.text("changzhou-2021.txt"), "changzhou-2021");
        importer.importText(TestDocuments.text("tianning-2023.txt"), "tianning-2023");
        importer.importText(TestDocuments.text("family/national-2022.txt"), "national-2022");
    }

    List<String> selected(Object... scope) {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < scope.length; i += 2) {
            fields.put((String) scope[i], scope[i + 1]);
        }
        return tester().documentName("portfolio/documentsInScope").variable("scope", fields).execute()
                .path("documentsInScope[*].id").entityList(String.class).get();
    }

    @Test
    void a_jurisdiction_selects_its_own_documents() {
        assertThat(selected("jurisdiction", "常州市钟楼区")).containsExactly(SEED);
        assertThat(selected("jurisdiction", "常州市")).containsExactly("changzhou-2021");
    }

    @Test
    void with_the_levels_above_a_district_also_gets_its_citys_and_the_state_councils_documents() {
        assertThat(selected("jurisdiction", "常州市钟楼区", "withLevelsAbove", true))
                .containsExactlyInAnyOrder(SEED, "changzhou-2021", "national-2022")
                .doesNotContain("tianning-2023");
    }

    @Test
    void a_year_and_a_day_in_force_combine_with_the_jurisdiction() {
        assertThat(selected("year", 2021)).containsExactlyInAnyOrder(SEED, "changzhou-2021");
        assertThat(selected("jurisdiction", "常州市钟楼区", "inForceOn", "2024-06-01"))
                .as("the seed states its expiry, 2025-02-13").containsExactly(SEED);
        assertThat(selected("jurisdiction", "常州市钟楼区", "inForceOn", "2025-02-14")).isEmpty();
        assertThat(selected("jurisdiction", "常州市钟楼区", "inForceOn", "2021-05-13"))
                .as("published 2021-05-14").isEmpty();
    }

    @Test
    void a_document_without_dates_is_in_force_through_its_year() {
        assertThat(selected("inForceOn", "2023-12-31")).contains("tianning-2023");
        assertThat(selected("inForceOn", "2024-01-01")).doesNotContain("tianning-2023");
    }

    @Test
    void listed_ids_are_the_scope_and_a_scope_that_says_two_things_or_nothing_is_refused() {
        assertThat(selected("documentIds", List.of(SEED, "tianning-2023"))).containsExactlyInAnyOrder(SEED, "tianning-2023");
        tester().documentName("portfolio/documentsInScope")
                .variable("scope", Map.of("documentIds", List.of(SEED), "year", 2021)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                        .contains("either documentIds or a selection")));
        tester().documentName("portfolio/documentsInScope").variable("scope", Map.of()).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                        .contains("an empty scope")));
        tester().documentName("portfolio/documentsInScope").variable("scope", Map.of("inForceOn", "2021-13-01")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                        .contains("inForceOn must be a date like 2021-06-01, was '2021-13-01'")));
    }
}
