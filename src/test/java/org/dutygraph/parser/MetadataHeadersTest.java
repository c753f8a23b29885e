package org.dutygraph.parser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What databases and crawlers put before the text is read for the metadata and never as the body. */
@DisplayName("Headers before the text, titles written twice, mixed line ends, unread documents")
class MetadataHeadersTest {

    static final String TASKS = "一、加强监管\n1.开展检查。（牵头单位：区市场监管局，配合单位：区公安局）\n2.推进整改。（区应急管理局负责）\n";

    @Test
    void a_crawler_s_header_gives_title_number_issuer_and_date() {
        ParsedDocument doc = DocumentParser.parse("""
                标题: 平潭综合实验区管委会关于印发《平潭综合实验区安全生产工作方案》的通知
                发布时间: 2019-04-02 10:20
                文号: 岚综管〔2019〕12号
                发布机构: 平潭综合实验区管委会
                栏目: 文件
                原文链接: https://example.org/a.htm
                ==================== 正文 ====================
                """ + TASKS);
        assertThat(doc.metadata().title()).isEqualTo("平潭综合实验区安全生产工作方案");
        assertThat(doc.metadata().number()).isEqualTo("岚综管〔2019〕12号");
        assertThat(doc.metadata().issuer()).isEqualTo("平潭综合实验区管委会");
        assertThat(doc.metadata().publishedDate()).isEqualTo(LocalDate.of(2019, 4, 2));
        assertThat(doc.metadata().year()).isEqualTo(2019);
        assertThat(doc.clauseCount()).isEqualTo(2);
    }

    @Test
    void a_database_export_with_its_title_twice_and_mixed_line_ends() {
        String text = "    【法宝引证码】 CLI.12.0000001\r\n原文链接：https://example.org/x\r\n"
                + "常州市人民政府办公室关于印发常州市安全生产专项整治实施方案的通知\n"
                + "常州市人民政府办公室关于印发常州市安全生产专项整治实施方案的通知\r\n（常政办发〔2022〕7号）\n"
                + TASKS.replace("\n", "\r\n");
        ParsedDocument doc = DocumentParser.parse(text);
        assertThat(doc.metadata().title()).isEqualTo("常州市安全生产专项整治实施方案");
        assertThat(doc.metadata().number()).isEqualTo("常政办发〔2022〕7号");
        assertThat(doc.metadata().issuer()).isEqualTo("常州市人民政府办公室");
        assertThat(doc.metadata().region()).isEqualTo("常州市");
        assertThat(doc.task("一/1").orElseThrow().text()).isEqualTo("开展检查。（牵头单位：区市场监管局，配合单位：区公安局）");
    }

    @Test
    void a_document_mostly_left_unread_is_refused_with_the_reason() {
        StringBuilder prose = new StringBuilder("关于加强安全生产工作的实施意见\n一、总体要求\n");
        for (int i = 0; i < 40; i++) {
            prose.append("坚持人民至上、生命至上，统筹发展和安全，全面落实安全生产责任制，推动各项措施落地见效。\n");
        }
        prose.append("二、重点任务\n1.开展排查。（区应急管理局负责）\n");
        assertThatThrownBy(() -> DocumentParser.parse(prose.toString())).isInstanceOf(ParseException.class)
                .hasMessageContaining("could be read into tasks").hasMessageContaining("1 task(s)");
    }
}
