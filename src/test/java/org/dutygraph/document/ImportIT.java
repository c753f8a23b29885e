package org.dutygraph.document;

import org.dutygraph.model.Document;
import org.dutygraph.model.DocumentRepository;

import org.dutygraph.support.TestDocuments;
import com.jayway.jsonpath.DocumentContext;
import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.parser.ParsedSection;
import org.dutygraph.support.ServiceIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing: whole or nothing, idempotent, replacing a changed version, guarded by the admin token. */
@DisplayName("Importing documents")
class ImportIT extends ServiceIT {

    @Autowired
    DocumentImporter importer;

    @Autowired
    DocumentRepository documents;

    static String seedText() {
        return SeedDocument.text();
    }

    static String resource(String name) {
        return TestDocuments.text(name);
    }

    @Test
    void the_seed_was_imported_at_start_up_under_its_derived_id() {
        Document seed = documents.byId(SEED).orElseThrow();
        assertThat(seed.taskCount()).isEqualTo(123);
        assertThat(seed.sectionCount()).isEqualTo(16);
        assertThat(seed.targetCount()).isEqualTo(59);
    }

    /** Two documents of 松岚区 in 2023 as the issue found them: one derived id, songlan-2023, for both. */
    static String songlan(String number, String subject, String task) {
        return "2023年松岚区" + subject + "目标责任书\n" + number + "\n一、区工信局\n1. " + task + "\n二、区城管局\n1. 加强道路保洁。\n";
    }

    @Test
    void two_documents_of_one_district_and_year_imported_without_ids_are_both_kept_and_a_revision_replaces_its_own() {
        String eco = songlan("松政发〔2023〕8号", "生态环境保护", "会同区城管局开展工业园区排查整治。");
        String air = songlan("松政发〔2023〕15号", "大气污染防治", "完成源头替代项目30个。");

        ImportResult first = importer.importText(eco, null);
        ImportResult second = importer.importText(air, null);
        ImportResult secondAgain = importer.importText(air, null);
        ImportResult revision = importer.importText(eco.replace("开展工业园区排查整治", "开展工业园区排查整治和复查"), null);

        assertThat(first.documentId()).isEqualTo("songlan-2023");
        assertThat(second.documentId()).as("another document of that place and year takes its own id").isEqualTo("songlan-2023-15");
        assertThat(second.created()).isTrue();
        assertThat(secondAgain.documentId()).isEqualTo("songlan-2023-15");
        assertThat(secondAgain.changed()).isFalse();
        assertThat(revision.documentId()).as("the same 文号 is a revision of the same document").isEqualTo("songlan-2023");
        assertThat(revision.created()).isFalse();
        assertThat(revision.changed()).isTrue();
        assertThat(documents.byId("songlan-2023").orElseThrow().title()).isEqualTo("2023年松岚区生态环境保护目标责任书");
        assertThat(documents.byId("songlan-2023-15").orElseThrow().title()).isEqualTo("2023年松岚区大气污染防治目标责任书");
    }

    @Test
    void importing_the_same_text_again_changes_nothing() {
        ImportResult first = importer.importText(seedText(), "same-text-2021");
        long[] before = graphSize();
        ImportResult again = importer.importText(seedText(), "same-text-2021");
        assertThat(first.changed()).isTrue();
        assertThat(again.changed()).isFalse();
        assertThat(again.created()).isFalse();
        assertThat(again.taskCount()).isEqualTo(123);
        assertThat(graphSize()).containsExactly(before);
    }

    /** Twenty callers importing at the same moment, released together by a latch. */
    static List<ImportResult> atOnce(int callers, java.util.function.IntFunction<ImportResult> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ImportResult>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int caller = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(caller);
                }));
            }
            start.countDown();
            List<ImportResult> results = new ArrayList<>();
            for (Future<ImportResult> f : futures) {
                results.add(f.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twenty_imports_of_one_text_at_once_create_it_once_and_find_it_unchanged_nineteen_times() throws Exception {
        String text = resource("family/national-2022.txt");

        List<ImportResult> results = atOnce(20, caller -> importer.importText(text, "at-once-2022"));

        assertThat(results).filteredOn(ImportResult::created).hasSize(1);
        assertThat(results).filteredOn(r -> !r.changed()).hasSize(19);
        int tasks = DocumentParser.parse(text).clauseCount();
        assertThat(results).extracting(ImportResult::taskCount).containsOnly((long) tasks);
        assertThat(documents.byId("at-once-2022").orElseThrow().taskCount()).isEqualTo(tasks);
        long[] once = graphSize();
        importer.importText(text, "at-once-2022");
        assertThat(graphSize()).containsExactly(once);
    }

    @Test
    void twenty_documents_naming_the_same_departments_imported_at_once_all_commit_whole() throws Exception {
        List<ImportResult> results = atOnce(20, caller -> importer.importText(seedText(), "crowd-" + caller + "-2021"));

        assertThat(results).allMatch(ImportResult::created);
        for (int caller = 0; caller < 20; caller++) {
            Document stored = documents.byId("crowd-" + caller + "-2021").orElseThrow();
            assertThat(stored.taskCount()).isEqualTo(123);
            assertThat(stored.targetCount()).isEqualTo(59);
        }
    }

    /**
     * Twenty different versions of one stored document at once: each import waits for the one before (the claim locks
     * the document), so exactly one version is stored whole, none merged with another, and no version is removed
     * twice.
     */
    @Test
    void twenty_versions_of_one_document_imported_at_once_leave_one_whole_version() throws Exception {
        importer.importText(seedText(), "versions-2021");
        List<String> versions = new ArrayList<>();
        for (int caller = 0; caller < 20; caller++) {
            // a different count in 区工信局 #2, and the first `caller` clauses of 区工信局 dropped (fewer tasks)
            String version = seedText().replaceFirst("源头替代项目30个", "源头替代项目" + (100 + caller) + "个");
            for (int dropped = 0; dropped < caller % 4; dropped++) {
                version = version.replaceFirst("\\n3\\. [^\\n]*\\n", "\\n");
            }
            versions.add(version);
        }

        List<ImportResult> results = atOnce(20, caller -> importer.importText(versions.get(caller), "versions-2021"));

        assertThat(results).allMatch(r -> !r.created());
        Document stored = documents.byId("versions-2021").orElseThrow();
        int kept = versions.stream().map(PreparedDocument::sha256).toList().indexOf(stored.sourceHash());
        assertThat(kept).as("the stored hash is one of the versions'").isNotNegative();
        assertThat(stored.taskCount()).isEqualTo(DocumentParser.parse(versions.get(kept)).clauseCount());
        assertThat(graphql().run("task", "id", "versions-2021/区工信局/2").<Double>read("$.data.task.targets[0].value"))
                .isEqualTo(100.0 + kept);
        assertThat(query("count-tasks-with-document-id", Map.of("id", "versions-2021")).getFirst().get("count").asLong())
                .as("no task of another version left behind").isEqualTo(stored.taskCount());
    }

    /**
     * Documents of one region re-imported at once all lock the same departments: they take the locks in one order and
     * wait for each other, so none is rolled back on a deadlock and run again.
     */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void replacing_documents_that_share_departments_at_once_waits_instead_of_deadlocking(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        for (int caller = 0; caller < 10; caller++) {
            importer.importText(seedText(), "shared-" + caller + "-2021");
        }
        String changed = seedText().replaceFirst("源头替代项目30个", "源头替代项目31个")
                .replace("2. 组织开展工程机械、交通工具(汽车、摩托车、自行车总成及零部件)制造行业排查整治。\n\n", "");
        int before = output.getAll().length();

        List<ImportResult> results = atOnce(10, caller -> importer.importText(changed, "shared-" + caller + "-2021"));

        assertThat(results).allMatch(ImportResult::changed).extracting(ImportResult::taskCount).containsOnly(122L);
        assertThat(output.getAll().substring(before)).as("no import was rolled back and run again")
                .doesNotContain("conflicted with another import");
        assertThat(query("count-departments-named", Map.of("name", "区工信局")).getFirst().get("count").asLong())
                .isEqualTo(1);
    }

    @Test
    void a_changed_text_replaces_the_old_version_without_duplicating_anything() {
        importer.importText(seedText(), "replaced-2021");
        long[] before = graphSize();
        String changed = seedText()
                .replaceFirst("源头替代项目30个", "源头替代项目31个") // the first of two identical clauses: 区工信局 #2
                .replace("2. 组织开展工程机械、交通工具(汽车、摩托车、自行车总成及零部件)制造行业排查整治。\n\n", "");

        ImportResult result = importer.importText(changed, "replaced-2021");

        assertThat(result.created()).isFalse();
        assertThat(result.changed()).isTrue();
        assertThat(result.taskCount()).isEqualTo(122);
        // Only the number changed in 区工信局 #2; 区市场监管局 #2 keeps 30.
        assertThat(graphql().run("task", "id", "replaced-2021/区工信局/2").<Double>read("$.data.task.targets[0].value"))
                .isEqualTo(31.0);
        assertThat(graphql().run("task", "id", "replaced-2021/区市场监管局/2").<Double>read("$.data.task.targets[0].value"))
                .isEqualTo(30.0);
        assertThat(graphql().run("task", "id", "replaced-2021/钟楼生态环境局/25").<Object>read("$.data.task")).isNull();
        // One task fewer, no target or role edge on it (the removed clause had none but its owner's LEAD), nothing else.
        long[] after = graphSize();
        assertThat(after[0]).isEqualTo(before[0] - 1);
        assertThat(query("count-departments-named", Map.of("name", "区工信局")).getFirst().get("count").asLong()).isEqualTo(1);
    }

    @Test
    void a_department_only_the_replaced_version_named_goes_with_it_and_one_another_document_names_stays() {
        String first = "2024年临岚区目标责任书\n一、区临时工作专班办公室\n1. 牵头制定方案。\n二、区财政局\n1. 落实资金。\n"
                + "三、区城管局\n1. 加强道路保洁。\n";
        String other = "2024年临岚区资金保障目标责任书\n一、区财政局\n1. 保障专项资金。\n二、区审计局\n1. 开展专项审计。\n";
        importer.importText(first, "linlan-orphans-2024");
        importer.importText(other, "linlan-other-2024");

        importer.importText("2024年临岚区目标责任书\n一、区财政局\n1. 落实资金。\n二、区城管局\n1. 加强道路保洁。\n",
                "linlan-orphans-2024");

        assertThat(query("count-departments-named", Map.of("name", "区临时工作专班办公室")).getFirst().get("count").asLong())
                .as("named by no document any more").isZero();
        assertThat(graphql().execute("{ department(name: \"区财政局\", documentId: \"linlan-other-2024\") { id } }", Map.of())
                .<String>read("$.data.department.id")).as("still named by the other document").endsWith("/区财政局");
    }

    @Test
    void a_failure_inside_the_transaction_leaves_the_previous_version_as_it_was() {
        importer.importText(seedText(), "atomic-2021");
        long[] before = graphSize();
        Document stored = documents.byId("atomic-2021").orElseThrow();

        // Two sections of the same department: the parser refuses that, so build it by hand; the store's
        // uniqueness constraint on Task.id then fails the transaction after the old version was deleted.
        ParsedDocument parsed = DocumentParser.parse(seedText());
        List<ParsedSection> sections = new ArrayList<>(parsed.sections());
        sections.add(sections.getFirst());
        ParsedDocument broken = new ParsedDocument(parsed.metadata(), parsed.layout(), sections, parsed.departments(),
                parsed.coverage(), parsed.warnings());

        assertThatThrownBy(() -> importer.importParsed(broken, "another-hash", "atomic-2021", System.nanoTime()))
                .hasMessageContaining("already exists");

        assertThat(graphSize()).containsExactly(before);
        Document after = documents.byId("atomic-2021").orElseThrow();
        assertThat(after.sourceHash()).isEqualTo(stored.sourceHash());
        assertThat(after.importedAt()).isEqualTo(stored.importedAt());
        assertThat(after.taskCount()).isEqualTo(123);
    }

    @Test
    void text_the_parser_rejects_is_a_located_error_and_writes_nothing() {
        long[] before = graphSize();
        DocumentContext answer = admin().run("importDocument", "text",
                "2022年某区目标责任书\n一、区发改局\n1. 会同工信部门推进。\n二、区教育局\n三、区财政局\n1. 推进。", "id", "rejected-2022");
        assertThat(answer.<String>read("$.errors[0].message")).isEqualTo("line 4, section 区教育局: section has no clauses");
        assertThat(answer.<String>read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
        assertThat(answer.<Integer>read("$.errors[0].extensions.line")).isEqualTo(4);
        assertThat(answer.<String>read("$.errors[0].extensions.section")).isEqualTo("区教育局");
        assertThat(graphSize()).containsExactly(before);
    }

    @Test
    void an_invalid_id_is_refused() {
        DocumentContext answer = admin().run("importDocument", "text", resource("tianning-2023.txt"), "id", "天宁 2023");
        assertThat(answer.<String>read("$.errors[0].message")).contains("document id '天宁 2023' is not valid");
        assertThat(answer.<String>read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
    }

    @Test
    void the_import_mutation_needs_the_admin_token() {
        long[] before = graphSize();
        DocumentContext anonymous = graphql().run("importDocument", "text", resource("tianning-2023.txt"));
        assertThat(anonymous.<String>read("$.errors[0].extensions.classification")).isEqualTo("UNAUTHORIZED");
        DocumentContext wrong = graphql().withToken("not-the-token").run("importDocument", "text", resource("tianning-2023.txt"));
        assertThat(wrong.<String>read("$.errors[0].message")).isEqualTo("the admin token is wrong");
        assertThat(graphSize()).containsExactly(before);
    }

    @Test
    void the_import_mutation_derives_the_id_and_reports_what_it_wrote() {
        DocumentContext answer = admin().run("importDocument", "text", resource("tianning-2023.txt"));
        assertThat(answer.<String>read("$.data.importDocument.document.id")).isEqualTo("tianning-2023");
        assertThat(answer.<String>read("$.data.importDocument.document.region")).isEqualTo("天宁区");
        assertThat(answer.<Integer>read("$.data.importDocument.taskCount")).isEqualTo(5);
        assertThat(answer.<Integer>read("$.data.importDocument.sectionCount")).isEqualTo(2);
        assertThat(answer.<Integer>read("$.data.importDocument.deadlineCount")).isEqualTo(2);
        assertThat(answer.<Boolean>read("$.data.importDocument.changed")).isTrue();
        DocumentContext again = admin().run("importDocument", "text", resource("tianning-2023.txt"));
        assertThat(again.<Boolean>read("$.data.importDocument.changed")).isFalse();
        assertThat(again.<Boolean>read("$.data.importDocument.created")).isFalse();
    }

    @Test
    void an_html_page_imports_with_its_labelled_roles() {
        DocumentContext answer = admin().run("importDocument", "text", resource("xinbei-2022.html"));
        assertThat(answer.<String>read("$.data.importDocument.document.id")).isEqualTo("xinbei-2022");
        assertThat(answer.<List<String>>read("$.data.importDocument.warnings")).anyMatch(w -> w.contains("HTML"));
        DocumentContext task = graphql().run("task", "id", "xinbei-2022/区住房和城乡建设局/1");
        assertThat(task.<List<String>>read("$.data.task.participants[*].role")).containsExactly("LEAD", "SUPPORT", "SUPPORT");
        assertThat(task.<List<String>>read("$.data.task.participants[?(@.role == 'LEAD')].department.name"))
                .containsExactly("区生态环境局");
    }


    @Test
    void a_preview_parses_without_writing_and_needs_no_token() {
        long[] before = graphSize();
        DocumentContext answer = graphql().execute(
                "query($t: String!) { previewDocument(text: $t) { id title sectionCount taskCount departmentCount warnings } }",
                Map.of("t", resource("xinbei-2022.html")));
        assertThat(answer.<String>read("$.data.previewDocument.id")).isEqualTo("xinbei-2022");
        assertThat(answer.<Integer>read("$.data.previewDocument.taskCount")).isEqualTo(8);
        assertThat(answer.<Integer>read("$.data.previewDocument.departmentCount")).isEqualTo(4);
        assertThat(answer.<List<String>>read("$.data.previewDocument.warnings")).anyMatch(w -> w.contains("HTML"));
        assertThat(graphSize()).containsExactly(before);
    }

    @Test
    void documents_of_one_region_share_their_departments_and_other_regions_keep_their_own() {
        importer.importText(seedText().replace("2021年钟楼区深入打好污染防治攻坚战", "2022年钟楼区深入打好污染防治攻坚战"), "zhonglou-2022");
        importer.importText(resource("bridge-2024.txt"), "bridge-identity-2024");
        // 区住建局 of 钟楼区 is one node for 2021 and 2022; 桥区's 区住建局 is another.
        DocumentContext answer = graphql().run("department", "name", "区住建局", "documentId", "zhonglou-2022");
        assertThat(answer.<String>read("$.data.department.id")).isEqualTo("常州市钟楼区/区住建局");
        assertThat(graphql().run("department", "name", "区住建局", "documentId", SEED).<String>read("$.data.department.id"))
                .isEqualTo("常州市钟楼区/区住建局");
        assertThat(graphql().run("department", "name", "区住建局", "documentId", "bridge-identity-2024").<String>read("$.data.department.id"))
                .isEqualTo("桥区/区住建局");
        assertThat(graphql().run("department", "name", "区住建局", "documentId", SEED, "role", "JOINT")
                .<List<String>>read("$.data.department.ownedTasks[*].id")).allMatch(id -> id.startsWith("zhonglou-2021/"));
        assertThat(query("count-departments-named", Map.of("name", "钟楼生态环境局")).getFirst().get("count").asLong()).isEqualTo(1);
    }

    @Test
    void a_batch_imports_in_order_and_a_bad_document_in_it_writes_nothing_and_stops_nothing() {
        List<DocumentImporter.Source> batch = List.of(
                new DocumentImporter.Source("tianning.txt", resource("tianning-2023.txt"), "batch-tianning-2023"),
                new DocumentImporter.Source("notice.txt", "关于做好节日值班工作的通知\n请各单位认真落实。", "batch-notice-2023"),
                new DocumentImporter.Source("bridge.txt", resource("bridge-2024.txt"), "batch-bridge-2024"),
                new DocumentImporter.Source("seed-again.txt", seedText(), SEED));
        List<String> seen = new ArrayList<>();

        List<DocumentImporter.Outcome> outcomes = importer.importAll(batch, 2, o -> seen.add(o.source().name()));

        assertThat(seen).as("progress is told in input order").containsExactly("tianning.txt", "notice.txt", "bridge.txt", "seed-again.txt");
        assertThat(outcomes.get(0).result().taskCount()).isEqualTo(5);
        assertThat(outcomes.get(1).failed()).isTrue();
        assertThat(outcomes.get(1).error()).isInstanceOf(org.dutygraph.parser.ParseException.class);
        assertThat(outcomes.get(2).failed()).isFalse();
        assertThat(outcomes.get(2).result().documentId()).isEqualTo("batch-bridge-2024");
        assertThat(outcomes.get(3).result().changed()).as("the seed was already there, unchanged").isFalse();
        assertThat(documents.byId("batch-tianning-2023")).isPresent();
        assertThat(documents.byId("batch-notice-2023")).isEmpty();
        assertThat(documents.byId("batch-bridge-2024").orElseThrow().taskCount()).isEqualTo(outcomes.get(2).result().taskCount());
    }

    /** The batch (the command line's path) reads through the same step as the mutation: the same size limit. */
    @Test
    void a_batch_document_past_the_size_limit_is_refused_like_a_mutations_and_writes_nothing() {
        String tooLong = seedText() + "。".repeat(5_000_001 - seedText().length());

        List<DocumentImporter.Outcome> outcomes = importer.importAll(
                List.of(new DocumentImporter.Source("huge.txt", tooLong, "batch-huge-2021")), 1, o -> { });

        assertThat(outcomes.getFirst().error()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the text has 5000001 characters; the limit is 5000000 (dutygraph.import.max-chars): "
                        + "responsibility documents are far smaller, so this is not one");
        assertThatThrownBy(() -> importer.importText(tooLong, "batch-huge-2021"))
                .hasMessage(outcomes.getFirst().error().getMessage());
        assertThat(documents.byId("batch-huge-2021")).isEmpty();
    }
}
