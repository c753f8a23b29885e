package org.dutygraph.lineage;

import org.dutygraph.document.DocumentImporter;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's parents are the documents of the nearest level above it that the store holds, whatever order they
 * arrive in: a district's document imported first derives from the State Council's, then from its province's when
 * that arrives, then from its city's; links to the farther level go each time. A re-imported province document is
 * linked again, above and below.
 */
@DisplayName("Lineage: the nearest level in the store, in any import order")
class LineageOrderIT extends ServiceIT {

    @Autowired
    DocumentImporter importer;

    /** The documents {@code document} derives from, then the tasks {@code task} copies. */
    List<List<String>> derivedFrom(String document, String task) {
        var response = tester().documentName("lineage/derivedFrom").variable("document", document)
                .variable("task", task).execute();
        return List.of(response.path("document.derivedFrom[*].id").entityList(String.class).get(),
                response.path("task.derivedFrom[*].id").entityList(String.class).get());
    }

    void importDocument(String name) {
        importer.importText(TestDocuments.text("lineage/" + name + ".txt"), name.replace("national", "guowuyuan"));
    }

    @Test
    void a_district_moves_from_the_state_council_to_its_province_to_its_city_as_they_arrive() {
        importDocument("national-2024");
        importDocument("wuzhong-2024");
        assertThat(derivedFrom("wuzhong-2024", "wuzhong-2024/一/(一)")).as("no city or province document yet")
                .containsExactly(List.of("guowuyuan-2024"), List.of("guowuyuan-2024/一/(一)"));

        importDocument("jiangsu-2024");
        assertThat(derivedFrom("wuzhong-2024", "wuzhong-2024/一/(一)")).as("its province's is nearer")
                .containsExactly(List.of("jiangsu-2024"), List.of("jiangsu-2024/一/(一)"));
        assertThat(derivedFrom("jiangsu-2024", "jiangsu-2024/一/(二)"))
                .containsExactly(List.of("guowuyuan-2024"), List.of("guowuyuan-2024/一/(二)"));

        importDocument("suzhou-2024");
        assertThat(derivedFrom("wuzhong-2024", "wuzhong-2024/一/(一)")).as("its city's is nearest")
                .containsExactly(List.of("suzhou-2024"), List.of("suzhou-2024/一/(一)"));
        assertThat(derivedFrom("suzhou-2024", "suzhou-2024/二/(三)"))
                .containsExactly(List.of("jiangsu-2024"), List.of("jiangsu-2024/二/(三)"));

        importer.importText(TestDocuments.text("lineage/jiangsu-2024.txt").replace("节水型工业园区100个", "节水型工业园区120个"),
                "jiangsu-2024");
        assertThat(derivedFrom("jiangsu-2024", "jiangsu-2024/一/(二)")).as("a new version of the province's, linked up")
                .containsExactly(List.of("guowuyuan-2024"), List.of("guowuyuan-2024/一/(二)"));
        assertThat(derivedFrom("suzhou-2024", "suzhou-2024/一/(二)")).as("and down")
                .containsExactly(List.of("jiangsu-2024"), List.of("jiangsu-2024/一/(二)"));
        tester().documentName("lineage/documentLineage").variable("id", "guowuyuan-2024").execute()
                .path("document.lineage[0].document.id").entity(String.class).isEqualTo("jiangsu-2024")
                .path("document.lineage[0].changed[*].id").entityList(String.class)
                .containsExactly("guowuyuan-2024/一/(二)");
    }
}
