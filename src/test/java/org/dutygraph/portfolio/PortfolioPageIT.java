package org.dutygraph.portfolio;

import org.dutygraph.document.DocumentImporter;
import org.dutygraph.support.PageBrowser;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.CITY;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.DISTRICT_2023A;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.DISTRICT_2023B;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.DISTRICT_2024;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.NATIONAL;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.PROVINCE;
import static org.dutygraph.portfolio.PortfolioDocumentsIT.WUJIN;

/**
 * The page's portfolio view in a real headless Chromium ({@link PageBrowser}), on the portfolio of
 * {@link PortfolioDocumentsIT} (its javadoc lists the facts used here): the documents of 常州市武进区 and the levels above
 * in force on 2023-06-01, their department graph in one box per jurisdiction with its cut points, a department's load
 * year by year, and a task's chain up the levels. Screenshots go to target/screenshots/.
 */
@DisplayName("The portfolio view of the page")
class PortfolioPageIT extends ServiceIT {

    static final String WUJIN_ABOVE_2023 = "/?view=portfolio&jurisdiction=" + URLEncoder.encode("常州市武进区", StandardCharsets.UTF_8)
            + "&date=2023-06-01&above=1";

    @Autowired
    DocumentImporter importer;

    PageBrowser page;

    @BeforeEach
    void documentsAndBrowser() throws IOException {
        PortfolioDocumentsIT.importAll(importer);
        page = PageBrowser.start();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void choosing_wujin_with_the_levels_above_on_1_june_2023_lists_the_five_documents_in_force_and_marks_its_finance_bureau_a_cut_point()
            throws IOException {
        page.driver().get("http://localhost:" + port + "/?document=" + SEED);
        page.await(30, d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        page.driver().findElement(By.cssSelector("#modes button[data-mode=portfolio]")).click();
        assertThat(new Select(page.driver().findElement(By.id("jurisdiction"))).getOptions()).extracting(WebElement::getText)
                .as("the regions of the stored documents; the State Council's has none")
                .containsExactlyInAnyOrder("常州市武进区", "常州市", "江苏省", "常州市钟楼区");
        assertThat(page.driver().findElement(By.id("levels-above")).isSelected()).isTrue();

        new Select(page.driver().findElement(By.id("jurisdiction"))).selectByVisibleText("常州市武进区");
        // what choosing a day in the date picker does: the input's value changes, then a change event
        page.js("const day = document.getElementById('in-force-on'); day.value = '2023-06-01';"
                + "day.dispatchEvent(new Event('change', { bubbles: true }));");
        page.await(30, d -> d.findElements(By.cssSelector("#tab-portfolio-documents tr[data-document]")).size() == 5);

        List<WebElement> rows = page.driver().findElements(By.cssSelector("#tab-portfolio-documents tr[data-document]"));
        assertThat(rows).extracting(r -> r.getAttribute("data-document"))
                .containsExactly(DISTRICT_2023B, DISTRICT_2023A, CITY, PROVINCE, NATIONAL);
        assertThat(rows).extracting(r -> text(r, ".where"), r -> text(r, ".year"), r -> text(r, ".title")).containsExactly(
                tuple("常州市武进区", "2023", "2023年武进区数字经济高质量发展工作任务分工方案"),
                tuple("常州市武进区", "2023", "2023年武进区制造业智能化改造和数字化转型实施方案"),
                tuple("常州市", "2023", "2023年常州市制造业智能化改造和数字化转型实施方案"),
                tuple("江苏省", "2023", "江苏省2023年制造业数字化转型重点任务分工方案"),
                tuple("国务院办公厅", "2023", "2023年制造业数字化转型重点任务分工方案"));
        assertThat(page.driver().findElement(By.cssSelector("#tab-portfolio-documents .count")).getText())
                .isEqualTo("5 documents in force");
        assertThat(page.driver().getCurrentUrl()).as("the address links this view").endsWith("?document=" + SEED + "&" + WUJIN_ABOVE_2023.substring(2));

        assertThat(page.js("return window.dutygraph.portfolio.nodes('.jurisdiction').map(n => n.data('label'))"))
                .as("one box per jurisdiction, the one chosen first").isEqualTo(List.of("常州市武进区", "常州市", "江苏省", "国家"));
        @SuppressWarnings("unchecked")
        Map<String, Object> finance = (Map<String, Object>) page.js("const n = window.dutygraph.portfolio.getElementById(arguments[0]);"
                + "return { label: n.data('label'), box: n.parent().data('label'), cut: n.data('cut'), shape: n.style('shape') };",
                WUJIN + "区财政局");
        assertThat(finance).isEqualTo(Map.of("label", "区财政局", "box", "常州市武进区", "cut", true, "shape", "diamond"));
        assertThat(page.js("return window.dutygraph.portfolio.nodes('[?cut]').map(n => n.id())"))
                .isEqualTo(List.of(WUJIN + "区财政局", "国家/工业和信息化部", "常州市/市工信局"));
        assertThat(page.driver().findElements(By.cssSelector("#tab-portfolio-documents .cut"))).extracting(WebElement::getText)
                .containsExactly("区财政局 (常州市武进区)", "工业和信息化部 (国家)", "市工信局 (常州市)");
        assertThat(rows.get(4).findElements(By.className("below"))).as("what each level below made of the State Council's tasks")
                .extracting(WebElement::getText).containsExactly(
                        "↓ 江苏省 2023: carried 2 · changed 0 · dropped 1",
                        "↓ 常州市 2023: carried 1 · changed 0 · dropped 2",
                        "↓ 常州市武进区 2023: carried 0 · changed 0 · dropped 3");
        assertThat(rows.get(0).findElements(By.className("below"))).as("no document derives from a district's").isEmpty();
        page.screenshot("portfolio-1280-documents.png");
    }

    @Test
    void clicking_the_districts_finance_bureau_charts_its_two_years_with_scores_1_5_and_1_0() throws IOException {
        openWujinAbove2023();
        page.clickNode("portfolio", "portfolio-graph", "区财政局");
        page.await(30, d -> d.findElements(By.cssSelector("#tab-portfolio-years svg g.year")).size() == 2);

        assertThat(page.driver().findElement(By.cssSelector("#tab-portfolio-years h2")).getAttribute("data-department"))
                .isEqualTo(WUJIN + "区财政局");
        List<WebElement> bars = page.driver().findElements(By.cssSelector("#tab-portfolio-years svg g.year"));
        Map<String, String> words = roleWords();
        assertThat(bars).extracting(b -> b.getAttribute("data-year"), b -> text(b, "text.label"), b -> text(b, "text.score"),
                b -> b.findElement(By.tagName("title")).getAttribute("textContent")).containsExactly(
                tuple("2023", "2023", "1.5", words.get("LEAD") + " 1 · " + words.get("JOINT") + " 0 · " + words.get("SUPPORT") + " 1"),
                tuple("2024", "2024", "1.0", words.get("LEAD") + " 1 · " + words.get("JOINT") + " 0 · " + words.get("SUPPORT") + " 0"));
        double tall = Double.parseDouble(bars.get(0).findElement(By.tagName("rect")).getAttribute("height"));
        double short_ = Double.parseDouble(bars.get(1).findElement(By.tagName("rect")).getAttribute("height"));
        assertThat(tall / short_).as("bar heights in proportion to the scores").isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.01));

        WebElement year2024 = page.driver().findElement(By.cssSelector("#tab-portfolio-years tr[data-year='2024']"));
        assertThat(year2024.findElements(By.tagName("td"))).extracting(WebElement::getText).startsWith("2024", "1", "0", "0", "1.0");
        assertThat(year2024.findElement(By.className("change")).getText()).isEqualTo("supports 0 task(s), down from 1 in 2023");
        assertThat(year2024.getText()).contains("-0.5", "2024年武进区制造业智能化改造和数字化转型实施方案");
        page.screenshot("portfolio-1280-years.png");
    }

    @Test
    void the_lineage_of_the_districts_demonstration_workshop_task_shows_the_city_task_it_copies_with_24_changed_to_18()
            throws IOException {
        openWujinAbove2023();
        List<WebElement> chain = lineage(DISTRICT_2023A, "一/1");
        assertThat(page.driver().findElements(By.cssSelector("tr[data-document='" + DISTRICT_2023A + "'] button.task .derived")))
                .as("of the district's tasks only 一/1 is marked as copied from above").extracting(e -> e.getAttribute("title"))
                .containsExactly(CITY + "/二/3");
        assertThat(chain).extracting(l -> l.getAttribute("data-task"), l -> l.getAttribute("data-distance"), l -> text(l, ".where"),
                l -> text(l, ".head")).containsExactly(
                tuple(CITY + "/二/3", "-1", "常州市 · 2023 · 2023年常州市制造业智能化改造和数字化转型实施方案", "二/3"),
                tuple(DISTRICT_2023A + "/一/1", "0", "常州市武进区 · 2023 · 2023年武进区制造业智能化改造和数字化转型实施方案", "一/1"));
        assertThat(chain.get(0).findElements(By.className("step"))).as("the city's own task copies nothing").isEmpty();
        assertThat(chain.get(1).getAttribute("class")).contains("chosen");
        assertThat(chain.get(1).findElements(By.className("step"))).extracting(WebElement::getText)
                .containsExactly("↑ copies 二/3 · similarity 0.85 · 24个 → 18个");
        page.screenshot("portfolio-1280-lineage.png");
    }

    @Test
    void the_lineage_of_a_provincial_task_runs_up_to_the_state_council_and_down_to_the_city() throws IOException {
        openWujinAbove2023();
        List<WebElement> chain = lineage(PROVINCE, "一/(一)");
        assertThat(chain).extracting(l -> l.getAttribute("data-task"), l -> l.getAttribute("data-distance"), l -> text(l, ".where"))
                .containsExactly(
                        tuple(NATIONAL + "/一/(一)", "-1", "国务院办公厅 · 2023 · 2023年制造业数字化转型重点任务分工方案"),
                        tuple(PROVINCE + "/一/(一)", "0", "江苏省 · 2023 · 江苏省2023年制造业数字化转型重点任务分工方案"),
                        tuple(CITY + "/一/1", "1", "常州市 · 2023 · 2023年常州市制造业智能化改造和数字化转型实施方案"));
        assertThat(chain).extracting(l -> l.findElements(By.className("step")).stream().map(s -> s.getAttribute("data-copies")).toList())
                .containsExactly(List.of(), List.of(NATIONAL + "/一/(一)"), List.of(PROVINCE + "/一/(一)"));
        assertThat(chain).extracting(l -> l.findElements(By.className("step")).stream().map(WebElement::getText).toList())
                .as("each level saying its own territory (全省, 全市) is no change").containsExactly(List.of(),
                        List.of("↑ copies 一/(一) · similarity 0.91 · unchanged"), List.of("↑ copies 一/(一) · similarity 0.91 · unchanged"));
        page.screenshot("portfolio-1280-lineage-levels.png");
    }

    @Test
    void a_task_that_copies_nothing_and_is_copied_by_nothing_says_so() {
        openWujinAbove2023();
        assertThat(lineage(DISTRICT_2023B, "一/(一)")).extracting(l -> l.getAttribute("data-task"))
                .containsExactly(DISTRICT_2023B + "/一/(一)");
        assertThat(page.driver().findElement(By.cssSelector("#tab-portfolio-lineage .hint")).getText())
                .isEqualTo("It copies no task of a level above, and no task below copies it.");
    }

    /** Opens the tasks of {@code documentId} in the documents tab, clicks the task at {@code path}, returns its chain. */
    private List<WebElement> lineage(String documentId, String path) {
        WebElement row = page.driver().findElement(By.cssSelector("tr[data-document='" + documentId + "']"));
        row.findElement(By.tagName("summary")).click();
        row.findElement(By.cssSelector("button.task[data-task='" + documentId + "/" + path + "']")).click();
        page.await(30, d -> !d.findElements(By.cssSelector("#tab-portfolio-lineage .link")).isEmpty());
        return page.driver().findElements(By.cssSelector("#tab-portfolio-lineage .link"));
    }

    @Test
    void a_day_on_which_no_document_of_the_jurisdiction_is_in_force_shows_the_apis_reason_and_no_graph() {
        page.driver().get("http://localhost:" + port + WUJIN_ABOVE_2023.replace("2023-06-01", "2022-06-01").replace("above=1", "above=0"));
        page.await(30, d -> "true".equals(d.findElement(By.id("portfolio-view")).getAttribute("data-ready")));
        assertThat(page.driver().findElement(By.cssSelector("#tab-portfolio-documents .error")).getText())
                .isEqualTo("the scope selects no document: jurisdiction 常州市武进区, in force on 2022-06-01");
        assertThat(page.js("return window.dutygraph?.portfolio ?? null")).isNull();
    }

    /** Opens the portfolio of 常州市武进区 and the levels above on 2023-06-01 by its address, as a link would. */
    private void openWujinAbove2023() {
        page.driver().get("http://localhost:" + port + WUJIN_ABOVE_2023);
        page.await(30, d -> "true".equals(d.findElement(By.id("portfolio-view")).getAttribute("data-ready")));
        assertThat(page.driver().findElements(By.cssSelector("#tab-portfolio-documents tr[data-document]"))).hasSize(5);
    }

    private static String text(WebElement parent, String css) {
        return parent.findElement(By.cssSelector(css)).getText();
    }

    /** The word for each role, as the API gives it (the page writes none itself). */
    private Map<String, String> roleWords() {
        Map<String, String> words = new HashMap<>();
        graphql().execute("{ genre { roles { role word } } }", Map.of()).<List<Map<String, String>>>read("$.data.genre.roles")
                .forEach(r -> words.put(r.get("role"), r.get("word")));
        return words;
    }
}
