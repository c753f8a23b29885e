package org.dutygraph.parser;

import org.dutygraph.genre.Characters;

import org.dutygraph.genre.RoleWords.Effect;
import org.dutygraph.genre.UnitNames;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The grammar of role statements: labels, closing words, deadlines, rules, and what is not a statement. */
@DisplayName("Reading role statements")
class StatementsTest {

    static Statements.Statement parse(String content) {
        String folded = Characters.fold(content);
        return Statements.parse(folded, content, true).orElse(null);
    }

    /** "EFFECT name|name" per group. */
    static List<String> groups(String content) {
        return parse(content).groups().stream().map(g -> g.effect() + " " + String.join("|",
                g.names().stream().map(n -> n.name() + (UnitNames.isBody(n.kind()) ? "" : "*")).toList())).toList();
    }

    @Test
    void labels_give_each_list_its_effect_and_a_plain_list_after_a_label_shares_it() {
        assertThat(groups("牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市")).containsExactly(
                "LEADS 市发展改革委", "ASSISTS 市委组织部|市人力资源和社会保障局", "ASSISTS 各区、县级市*");
    }

    @Test
    void closing_words_give_the_list_before_them_its_effect() {
        assertThat(groups("市场监管总局牵头，国家发展改革委、海关总署等国务院相关部门及各地区按职责分工负责")).containsExactly(
                "LEADS 市场监管总局", "RESPONSIBLE 国家发展改革委|海关总署|国务院相关部门*|各地区*");
        assertThat(groups("区环境与国土资源局牵头，区农村发展局等参与")).containsExactly(
                "LEADS 区环境与国土资源局", "PARTICIPATES 区农村发展局");
    }

    @Test
    void a_prefix_written_once_serves_the_whole_list() {
        assertThat(groups("牵头考核单位：市住建局、审批服务局")).containsExactly("LEADS 市住建局|市审批服务局");
        assertThat(groups("区环境与国土资源局、经济发展局牵头")).containsExactly("LEADS 区环境与国土资源局|区经济发展局");
    }

    @Test
    void names_with_he_and_yu_inside_stay_whole() {
        assertThat(groups("牵头单位：市人力资源和社会保障局、区交通与建设局")).containsExactly(
                "LEADS 市人力资源和社会保障局|区交通与建设局");
        assertThat(groups("银保监会及各地区按职责分工负责")).containsExactly("RESPONSIBLE 银保监会|各地区*");
    }

    @Test
    void a_deadline_in_the_statement_is_a_deadline_not_a_unit() {
        Statements.Statement s = parse("6月底完成，牵头考核单位：市审批服务局");
        assertThat(s.deadlines()).extracting(ParsedDeadline::text, ParsedDeadline::month).containsExactly(org.assertj.core.groups.Tuple.tuple("6月底", 6));
        assertThat(groups("5月底取得明显成效并持续推进，牵头考核单位：市审批服务局")).containsExactly("LEADS 市审批服务局");
    }

    @Test
    void a_positional_rule_is_declared_in_the_statement_that_states_it() {
        Statements.Statement s = parse("税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同");
        assertThat(s.declares()).isEqualTo(Statements.Rule.FIRST_LEADS_REST_JOINT);
        assertThat(groups("税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同"))
                .containsExactly("RESPONSIBLE 税务总局|财政部|海关总署");
    }

    @Test
    void brackets_that_assign_nothing_are_not_statements() {
        assertThat(parse("包括牵头单位自身")).isNull();
        assertThat(parse("简称“633”人才工程")).isNull();
        assertThat(parse("含电子社保卡")).isNull();
        assertThat(parse("0.5分")).isNull();
    }

    @Test
    void a_label_used_as_a_noun_inside_a_sentence_is_not_a_statement() {
        Body body = Body.of(SourceText.of("制定治理规划，明确重点任务、责任单位和分年度实施计划。责任单位：区环境局牵头").lines());
        List<Statements.Statement> found = Statements.find(body, 0, body.length());
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().groups().getFirst().effect()).isEqualTo(Effect.LEADS);
    }
}
