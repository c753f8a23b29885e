package org.dutygraph.portfolio;

import org.dutygraph.document.DocumentImporter;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.CITY;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.DISTRICT_2023A;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.DISTRICT_2024;
import static org.dutygraph.portfolio.PortfolioAnalysesIT.documents;

/**
 * compareDocuments between two selections matches a task only with a task of its own government (region) where both
 * sides hold that government's documents; a selection's documents of a government the other side lacks are added or
 * removed whole. On the portfolio of {@link PortfolioDocumentsIT} and a second district (新北区) whose two documents
 * repeat 武进区's word for word.
 */
@DisplayName("Comparing selections: tasks carry over within their own government")
class CarriedOverIT extends ServiceIT {

    @Autowired
    DocumentImporter importer;

    @BeforeEach
    void portfolio() {
        PortfolioDocumentsIT.importAll(importer);
    }

    @Test
    void each_districts_tasks_carry_over_into_its_own_next_document_when_two_districts_say_the_same_words() {
        // 新北区 publishes 武进区's two documents word for word: every clause has an identical twin in the other district
        importer.importText(TestDocuments.text("portfolio/district-2023a.txt").replace("武进区", "新北区"), "xinbei-twin-2023");
        importer.importText(TestDocuments.text("portfolio/district-2024.txt").replace("武进区", "新北区"), "xinbei-twin-2024");
        var answer = tester().documentName("portfolio/compareScopes")
                .variable("before", documents(DISTRICT_2023A, "xinbei-twin-2023"))
                .variable("after", documents("xinbei-twin-2024", DISTRICT_2024)).execute();
        List<Map> carried = answer.path("compareDocuments.carriedOver").entityList(Map.class).get();
        assertThat(carried).extracting(c -> documentOf(c.get("before")) + " → " + documentOf(c.get("after")))
                .as("2024 repeats four 2023a tasks word for word, in each district")
                .containsExactlyInAnyOrder(
                        DISTRICT_2023A + " → " + DISTRICT_2024, DISTRICT_2023A + " → " + DISTRICT_2024,
                        DISTRICT_2023A + " → " + DISTRICT_2024, DISTRICT_2023A + " → " + DISTRICT_2024,
                        "xinbei-twin-2023 → xinbei-twin-2024", "xinbei-twin-2023 → xinbei-twin-2024",
                        "xinbei-twin-2023 → xinbei-twin-2024", "xinbei-twin-2023 → xinbei-twin-2024");

        var oneDistrictAfter = tester().documentName("portfolio/compareScopes")
                .variable("before", documents(DISTRICT_2023A, "xinbei-twin-2023"))
                .variable("after", documents("xinbei-twin-2024")).execute();
        assertThat(oneDistrictAfter.path("compareDocuments.carriedOver").entityList(Map.class).get())
                .extracting(c -> documentOf(c.get("before")) + " → " + documentOf(c.get("after")))
                .as("武进区's identical clauses are not 新北区's carried over").containsOnly("xinbei-twin-2023 → xinbei-twin-2024")
                .hasSize(4);
        assertThat(oneDistrictAfter.path("compareDocuments.removed[*].id").entityList(String.class).get())
                .as("武进区 has no document after: its five tasks are removed").contains(DISTRICT_2023A + "/一/1",
                        DISTRICT_2023A + "/一/2", DISTRICT_2023A + "/二/3", DISTRICT_2023A + "/二/4", DISTRICT_2023A + "/二/5");

        var cityAndDistrict = tester().documentName("portfolio/compareScopes")
                .variable("before", documents(CITY, DISTRICT_2023A)).variable("after", documents(DISTRICT_2024)).execute();
        assertThat(cityAndDistrict.path("compareDocuments.removed[*].id").entityList(String.class).get())
                .as("the city has no document on the after side: its five tasks are removed, none taken for a district clause")
                .contains(CITY + "/一/1", CITY + "/一/2", CITY + "/二/3", CITY + "/二/4", CITY + "/三/5");
        assertThat(cityAndDistrict.path("compareDocuments.carriedOver[*].before.id").entityList(String.class).get())
                .allMatch(id -> id.startsWith(DISTRICT_2023A + "/"));

        assertThat(tester().documentName("portfolio/compareScopes").variable("before", documents(CITY))
                .variable("after", documents(DISTRICT_2023A)).execute()
                .path("compareDocuments.carriedOver[?(@.before.id == '" + CITY + "/二/3')].after.id").entityList(String.class).get())
                .as("a city and a district share no government: matched whole, the district's copy carries the city's clause")
                .containsExactly(DISTRICT_2023A + "/一/1");
    }

    private static String documentOf(Object task) {
        String id = (String) ((Map<?, ?>) task).get("id");
        return id.substring(0, id.indexOf('/'));
    }
}
