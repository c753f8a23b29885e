package org.dutygraph.lineage;

import org.dutygraph.document.DocumentImporter;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Lineage across four levels, over HTTP: the State Council's task-division document (three tasks), Jiangsu's (copies
 * two, drops 地下水超采, adds 太湖 of its own), Suzhou's (copies all three of Jiangsu's, 用水定额 50项 → 20项) and
 * 吴中区's (copies Suzhou's 用水定额 and 太湖 tasks, drops 工业园区, adds 古村落 of its own). The district is imported
 * before its province and city, so its links are made, moved and made again on the way.
 */
@DisplayName("Lineage: tasks down the levels State Council → province → city → district")
class LineageLevelsIT extends ServiceIT {

    static final String NATIONAL = "guowuyuan-2024";
    static final String PROVINCE = "jiangsu-2024";
    static final String CITY = "suzhou-2024";
    static final String DISTRICT = "wuzhong-2024";

    @Autowired
    DocumentImporter importer;

    @BeforeEach
    void documents() {
        importer.importText(TestDocuments.text("lineage/national-2024.txt"), NATIONAL);
        importer.importText(TestDocuments.text("lineage/wuzhong-2024.txt"), DISTRICT);
        importer.importText(TestDocuments.text("lineage/jiangsu-2024.txt"), PROVINCE);
        importer.importText(TestDocuments.text("lineage/suzhou-2024.txt"), CITY);
    }

    GraphQlTester.Response document(String id) {
        return tester().documentName("lineage/documentLineage").variable("id", id).execute();
    }

    GraphQlTester.Response task(String id) {
        return tester().documentName("lineage/taskLineage").variable("id", id).execute();
    }

    @Test
    void each_document_derives_from_the_nearest_level_above_it() {
        document(NATIONAL).path("document.derivedFrom[*].id").entityList(String.class).hasSize(0);
        document(PROVINCE).path("document.derivedFrom[*].id").entityList(String.class).containsExactly(NATIONAL);
        document(CITY).path("document.derivedFrom[*].id").entityList(String.class).containsExactly(PROVINCE);
        document(DISTRICT).path("document.derivedFrom[*].id").entityList(String.class).containsExactly(CITY);
    }

    @Test
    void a_city_task_chains_up_to_the_state_council_and_down_to_the_district_with_the_changed_number() {
        task(CITY + "/一/(一)").path("task").matchesJsonStrictly("""
                {"derivedFrom": [{"id": "jiangsu-2024/一/(一)"}],
                 "lineage": {
                   "ancestors": [
                     {"task": {"id": "suzhou-2024/一/(一)"},
                      "derivedFrom": {"id": "jiangsu-2024/一/(一)", "document": {"id": "jiangsu-2024", "region": "江苏省"}},
                      "similarity": 0.9117647058823529, "distance": 1, "changed": true, "before": ["50项"], "after": ["20项"]},
                     {"task": {"id": "jiangsu-2024/一/(一)"},
                      "derivedFrom": {"id": "guowuyuan-2024/一/(一)", "document": {"id": "guowuyuan-2024", "region": null}},
                      "similarity": 1.0, "distance": 2, "changed": false, "before": [], "after": []}],
                   "descendants": [
                     {"task": {"id": "wuzhong-2024/一/(一)", "document": {"id": "wuzhong-2024", "region": "苏州市吴中区"}},
                      "derivedFrom": {"id": "suzhou-2024/一/(一)"},
                      "similarity": 1.0, "distance": 1, "changed": false, "before": [], "after": []}]}}""");
    }

    @Test
    void a_state_council_task_reaches_each_level_and_a_districts_own_task_has_no_lineage() {
        task(NATIONAL + "/一/(一)").path("task.lineage.descendants[*].task.id").entityList(String.class)
                .containsExactly("jiangsu-2024/一/(一)", "suzhou-2024/一/(一)", "wuzhong-2024/一/(一)");
        task(NATIONAL + "/一/(一)").path("task.lineage.descendants[*].distance").entityList(Integer.class)
                .containsExactly(1, 2, 3);
        task(NATIONAL + "/一/(一)").path("task.lineage.descendants[*].changed").entityList(Boolean.class)
                .containsExactly(false, true, false);
        task(DISTRICT + "/一/(一)").path("task.lineage.ancestors[*].derivedFrom.id").entityList(String.class)
                .containsExactly("suzhou-2024/一/(一)", "jiangsu-2024/一/(一)", "guowuyuan-2024/一/(一)");
        task(DISTRICT + "/二/(三)").path("task.lineage").matchesJsonStrictly("""
                {"ancestors": [], "descendants": []}""");
        task(NATIONAL + "/二/(三)").path("task.lineage.descendants").entityList(Object.class).hasSize(0);
    }

    @Test
    void the_state_councils_document_says_what_each_level_below_carried_changed_and_dropped() {
        document(NATIONAL).path("document.lineage").matchesJsonStrictly("""
                [{"document": {"id": "jiangsu-2024", "region": "江苏省"}, "distance": 1,
                  "carriedCount": 2, "changedCount": 0, "droppedCount": 1,
                  "carried": [{"id": "guowuyuan-2024/一/(一)"}, {"id": "guowuyuan-2024/一/(二)"}],
                  "changed": [],
                  "dropped": [{"id": "guowuyuan-2024/二/(三)"}]},
                 {"document": {"id": "suzhou-2024", "region": "苏州市"}, "distance": 2,
                  "carriedCount": 1, "changedCount": 1, "droppedCount": 1,
                  "carried": [{"id": "guowuyuan-2024/一/(二)"}],
                  "changed": [{"id": "guowuyuan-2024/一/(一)"}],
                  "dropped": [{"id": "guowuyuan-2024/二/(三)"}]},
                 {"document": {"id": "wuzhong-2024", "region": "苏州市吴中区"}, "distance": 3,
                  "carriedCount": 0, "changedCount": 1, "droppedCount": 2,
                  "carried": [],
                  "changed": [{"id": "guowuyuan-2024/一/(一)"}],
                  "dropped": [{"id": "guowuyuan-2024/一/(二)"}, {"id": "guowuyuan-2024/二/(三)"}]}]""");
    }

    @Test
    void the_province_and_the_city_see_only_the_levels_below_them() {
        document(PROVINCE).path("document.lineage").matchesJsonStrictly("""
                [{"document": {"id": "suzhou-2024", "region": "苏州市"}, "distance": 1,
                  "carriedCount": 2, "changedCount": 1, "droppedCount": 0,
                  "carried": [{"id": "jiangsu-2024/一/(二)"}, {"id": "jiangsu-2024/二/(三)"}],
                  "changed": [{"id": "jiangsu-2024/一/(一)"}],
                  "dropped": []},
                 {"document": {"id": "wuzhong-2024", "region": "苏州市吴中区"}, "distance": 2,
                  "carriedCount": 1, "changedCount": 1, "droppedCount": 1,
                  "carried": [{"id": "jiangsu-2024/二/(三)"}],
                  "changed": [{"id": "jiangsu-2024/一/(一)"}],
                  "dropped": [{"id": "jiangsu-2024/一/(二)"}]}]""");
        document(CITY).path("document.lineage[*].document.id").entityList(String.class).containsExactly(DISTRICT);
        document(CITY).path("document.lineage[0].carried[*].id").entityList(String.class)
                .containsExactly("suzhou-2024/一/(一)", "suzhou-2024/二/(三)");
        document(CITY).path("document.lineage[0].dropped[*].id").entityList(String.class)
                .containsExactly("suzhou-2024/一/(二)");
        document(DISTRICT).path("document.lineage").entityList(Object.class).hasSize(0);
    }
}
