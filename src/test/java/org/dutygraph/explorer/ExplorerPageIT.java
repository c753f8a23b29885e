package org.dutygraph.explorer;

import org.dutygraph.support.HttpJson;
import org.dutygraph.support.PageBrowser;
import org.dutygraph.support.ServiceIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page in a real headless Chromium ({@link PageBrowser}): the seed's graph, a click on a department, the
 * duplicates view. Screenshots go to target/screenshots/.
 */
@DisplayName("The explorer page")
class ExplorerPageIT extends ServiceIT {

    PageBrowser page;
    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        page = PageBrowser.start();
        browser = page.driver();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void shows_the_seeds_sixteen_departments_and_lists_a_departments_clauses_on_click() throws IOException {
        open();
        assertThat(((Number) js("return window.dutygraph.cy.nodes().length")).intValue()).isEqualTo(16);
        assertThat(browser.findElement(By.id("document-title")).getText()).contains("123 条款");

        clickNode("区工信局");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> clauses().size() == 9);
        List<WebElement> clauses = clauses();
        assertThat(browser.findElement(By.cssSelector("#tab-department h2")).getText()).isEqualTo("区工信局");
        assertThat(clauses.getFirst().getText()).contains("配合市场监管部门有序推进").contains("LEAD 区市场监管局").contains("SUPPORT 区工信局");
        assertThat(clauses.getFirst().findElements(By.cssSelector("mark.role")).getFirst().getText()).isEqualTo("配合");
        // the clauses of other departments it is named in follow its own: 区市场监管局 #1 names it JOINT
        assertThat(browser.findElements(By.cssSelector("#tab-department .clause.other"))).extracting(c -> c.getAttribute("data-task"))
                .contains("zhonglou-2021/区市场监管局/1");
        screenshot("explorer-1280-department.png");
    }

    @Test
    void the_duplicates_view_shows_the_voc_pair_with_its_differences_highlighted() throws IOException {
        open();
        browser.findElement(By.cssSelector(".tabs button[data-tab=duplicates]")).click();
        WebElement pair = browser.findElement(By.cssSelector(".group[data-group='zhonglou-2021/区工信局/1']"));
        List<WebElement> columns = pair.findElements(By.cssSelector(".side-by-side > div"));
        assertThat(columns).extracting(c -> c.findElement(By.tagName("b")).getText()).containsExactly("区工信局 #1", "区市场监管局 #1");
        assertThat(columns.get(0).findElements(By.cssSelector("mark.role"))).extracting(WebElement::getText).contains("配合");
        assertThat(columns.get(1).findElements(By.cssSelector("mark.role"))).extracting(WebElement::getText).contains("会同");
        assertThat(pair.findElement(By.cssSelector("mark.passage")).getText()).contains("有序推进各类涉VOCS产品质量标准");

        WebElement tanks = browser.findElement(By.cssSelector(".group[data-group='zhonglou-2021/区应急管理局/4']"));
        assertThat(tanks.getAttribute("class")).contains("inconsistent");
        assertThat(tanks.findElements(By.cssSelector("mark.scope"))).extracting(WebElement::getText).contains("全区", "全市");
        screenshot("explorer-1280-duplicates.png");
    }

    @Test
    void stays_usable_on_a_wide_screen_and_keeps_the_load_chart_in_view() throws IOException {
        browser.manage().window().setSize(new Dimension(1920, 1080));
        open();
        browser.findElement(By.cssSelector(".tabs button[data-tab=load]")).click();
        List<WebElement> bars = browser.findElements(By.cssSelector("#tab-load .bar"));
        assertThat(bars).hasSize(16);
        assertThat(bars.getFirst().getText()).contains("钟楼生态环境局").contains("OVERLOADED");
        assertThat(browser.findElement(By.id("graph")).getSize().getWidth()).isGreaterThan(800);
        screenshot("explorer-1920-load.png");
    }

    @Test
    void the_import_form_shows_the_parsers_warnings_before_it_writes_anything() throws IOException {
        open();
        browser.findElement(By.cssSelector(".tabs button[data-tab=import]")).click();
        String text = "2023年天宁区水污染防治责任分工\n一、区水利局\n1、牵头推进河道整治。\n二、区生态环境局\n1、会同水利部门开展断面水质监测。\n3、协同相关部门推进水质提升。";
        js("document.getElementById('import-text').value = arguments[0];", text);
        browser.findElement(By.id("import-id")).sendKeys("page-import-2023");
        assertThat(browser.findElement(By.id("commit")).isEnabled()).isFalse();
        preview();
        assertThat(browser.findElement(By.id("import-result")).getText())
                .contains("page-import-2023").contains("DEPARTMENT_SECTIONS, 2 sections, 3 tasks")
                .contains("line 6, section 区生态环境局: clause numbered 3 where 2 was expected");
        assertThat(graphql().run("documentSections", "id", "page-import-2023").<Object>read("$.data.document")).isNull();

        commit("wrong-token", "wrong");
        commit(ADMIN_TOKEN, "Imported");
        // The document list is rebuilt after an import: read its values in one script, not element by element (an
        // element found before the rebuild is stale after it), and wait for the rebuild.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> String.valueOf(js(
                "return [...document.querySelectorAll('#document option')].map(o => o.value).join(' ')"))
                .contains("page-import-2023"));
        screenshot("explorer-1280-import.png");
    }

    @Test
    void a_word_file_chosen_in_the_import_form_is_previewed_then_imported() throws IOException {
        java.nio.file.Path file = Files.write(Files.createTempFile("dutygraph-page-", ".docx"),
                org.dutygraph.support.DocumentForms.docx(org.dutygraph.support.TestDocuments.text("family/national-2022.txt")));
        open();
        browser.findElement(By.cssSelector(".tabs button[data-tab=import]")).click();
        browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import-id")).sendKeys("page-word-2022");
        preview();
        assertThat(browser.findElement(By.id("import-result")).getText())
                .contains("page-word-2022").contains("TOPIC_PARENTHETICALS");
        assertThat(graphql().run("documentSections", "id", "page-word-2022").<Object>read("$.data.document")).isNull();

        commit(ADMIN_TOKEN, "Imported");
        assertThat(browser.findElement(By.id("import-result")).getText()).contains("page-word-2022");
        assertThat(graphql().run("documentSections", "id", "page-word-2022").<Object>read("$.data.document")).isNotNull();
        Files.deleteIfExists(file);
    }

    @Test
    void a_pdf_dropped_on_the_import_form_is_previewed_with_what_to_check_then_imported() throws Exception {
        byte[] pdf = new org.dutygraph.support.LongTable(6).unruledPdf();
        open();
        browser.findElement(By.cssSelector(".tabs button[data-tab=import]")).click();
        browser.findElement(By.id("import-id")).sendKeys("page-dropped-2023");
        // what the browser does when a file is dropped: a drop event whose DataTransfer holds the file
        js("const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                + "const transfer = new DataTransfer();"
                + "transfer.items.add(new File([bytes], 'plan.pdf', { type: 'application/pdf' }));"
                + "document.getElementById('import-form').dispatchEvent(new DragEvent('drop', "
                + "{ dataTransfer: transfer, bubbles: true, cancelable: true }));",
                java.util.Base64.getEncoder().encodeToString(pdf));
        assertThat(js("return document.getElementById('import-file').files[0].name")).isEqualTo("plan.pdf");

        preview();
        assertThat(browser.findElement(By.id("import-result")).getText()).contains("page-dropped-2023", "TABLE", "6 tasks")
                .contains(org.dutygraph.support.LongTable.NO_RULES_WARNING);

        commit(ADMIN_TOKEN, "Imported");
        assertThat(graphql().execute("query { tasks(documentId: \"page-dropped-2023\", first: 10) { nodes { path owner { name } } } }",
                java.util.Map.of()).<List<String>>read("$.data.tasks.nodes[*].owner.name"))
                .containsExactly("区生态环境局", "区生态环境局", "区水利局", "区生态环境局", "区生态环境局", "区水利局");
    }

    @Test
    void graphiql_loads_everything_from_the_service_itself_and_runs_a_query() {
        String origin = "http://localhost:" + port;
        browser.get(origin + "/graphiql");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> !b.findElements(By.cssSelector(".graphiql-execute-button")).isEmpty());
        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.findElement(By.cssSelector(".result-window")).getText().contains(SEED));

        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).as("no CDN: an offline intranet sees the same page").isNotEmpty()
                .allMatch(url -> url.startsWith(origin + "/"));
    }

    @Test
    void a_task_division_document_shows_its_units_and_a_department_s_tasks_by_label_path() throws IOException {
        importer.importText(org.dutygraph.support.TestDocuments.text("family/national-2022.txt"), "page-national-2022");
        open("page-national-2022");
        assertThat(browser.findElement(By.id("document-title")).getText()).contains("2 部分 · 5 任务");
        assertThat(((Number) js("return window.dutygraph.cy.nodes().length")).intValue()).isEqualTo(10);

        clickNode("国家发展改革委");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> clauses().size() == 3);
        assertThat(clauses()).extracting(c -> c.findElement(By.className("head")).getText())
                .containsExactly("一/(一)", "一/(二)", "二/(三)");
        WebElement second = clauses().get(1);
        assertThat(second.getText()).contains("LEAD 国家发展改革委").contains("JOINT 工业和信息化部");
        // the role words come from the genre query: the statement's words are marked as well as 会同/配合
        assertThat(second.findElements(By.cssSelector(".text mark.role"))).extracting(WebElement::getText)
                .contains("牵头", "按职责分工负责");
        screenshot("explorer-1280-task-division.png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void is_es_modules_with_queries_from_graphql_files_and_role_words_from_the_api() {
        HttpResponse<String> page = HttpJson.get(port, "/");
        assertThat(page.body()).contains("<script type=\"module\" src=\"js/main.js\"></script>");
        open();

        String origin = "http://localhost:" + port;
        List<String> loaded = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
        List<String> modules = loaded.stream().filter(url -> url.startsWith(origin + "/js/")).toList();
        assertThat(modules).contains(origin + "/js/main.js", origin + "/js/graphql.js", origin + "/js/panels/load.js");
        assertThat(loaded).contains(origin + "/queries/genre.graphql", origin + "/queries/documentView.graphql");
        assertThat(loaded).as("the load tab reads the load the graph carries: no second analysis")
                .noneMatch(url -> url.contains("loadBalance"));

        // a module must come as JavaScript (the browser refuses any other type under nosniff), a query file as text,
        // both under the CSP that lets the page load scripts and fetch from its own origin only
        HttpResponse<String> module = HttpJson.get(port, "/js/main.js");
        assertThat(module.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        HttpResponse<String> queryFile = HttpJson.get(port, "/queries/genre.graphql");
        assertThat(queryFile.statusCode()).isEqualTo(200);
        assertThat(queryFile.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/plain").containsIgnoringCase("charset=UTF-8"));
        assertThat(queryFile.body()).contains("query Genre", "roles { role word }");
        assertThat(queryFile.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("script-src 'self'", "connect-src 'self'"));

        // the words for roles are the API's: shown on the toolbar and in the load bars' titles, written in no module
        Map<String, String> words = new java.util.HashMap<>();
        graphql().execute("{ genre { roles { role word } } }", Map.of()).<List<Map<String, String>>>read("$.data.genre.roles")
                .forEach(r -> words.put(r.get("role"), r.get("word")));
        assertThat(words).isEqualTo(Map.of("LEAD", "牵头", "JOINT", "会同", "SUPPORT", "配合"));
        assertThat(browser.findElement(By.cssSelector(".toolbar [data-role=JOINT]")).getText()).isEqualTo(words.get("JOINT"));
        assertThat(browser.findElement(By.cssSelector(".toolbar [data-role=SUPPORT]")).getText()).isEqualTo(words.get("SUPPORT"));
        assertThat(browser.findElement(By.cssSelector("#tab-load .bar")).getAttribute("title"))
                .isEqualTo(words.get("LEAD") + " 29 · " + words.get("JOINT") + " 11 · " + words.get("SUPPORT") + " 1");
        for (String url : modules) {
            assertThat(HttpJson.get(port, url.substring(origin.length())).body()).as(url).doesNotContain(words.values().toArray(String[]::new));
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.dutygraph.document.DocumentImporter importer;

    private void open() {
        open(SEED);
    }

    private void open(String documentId) {
        browser.get("http://localhost:" + port + "/?document=" + documentId);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> "true".equals(b.findElement(By.tagName("body")).getAttribute("data-ready")));
        System.out.println("explorer interactive after " + browser.findElement(By.tagName("body")).getAttribute("data-ready-ms")
                + " ms (performance.now at the end of the first render)");
    }

    /** A real click on the node's position in the Cytoscape canvas. */
    private void clickNode(String name) {
        page.clickNode("cy", "graph", name);
    }

    /** The clauses the clicked department owns (those it only takes part in follow, marked "other"). */
    private List<WebElement> clauses() {
        return browser.findElements(By.cssSelector("#tab-department .clause:not(.other)"));
    }

    /** Asks the import form for a preview and waits until it may be imported. */
    private void preview() {
        browser.findElement(By.id("preview")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.findElement(By.id("commit")).isEnabled());
    }

    /** Imports what the form previewed with {@code token}, and waits until its result says {@code expected}. */
    private void commit(String token, String expected) {
        browser.findElement(By.id("token")).clear();
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.id("commit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.findElement(By.id("import-result")).getText().contains(expected));
    }

    private Object js(String script, Object... args) {
        return page.js(script, args);
    }

    private void screenshot(String name) throws IOException {
        page.screenshot(name);
    }
}
