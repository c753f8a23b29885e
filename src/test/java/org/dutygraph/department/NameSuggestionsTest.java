package org.dutygraph.department;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NameSuggestionsTest {

    static final Map<String, String> SEED = new LinkedHashMap<>();

    static {
        for (String[] names : new String[][]{{"区发改局", "发改部门"}, {"区工信局", "工信部门", "工信局"},
                {"钟楼生态环境局", "生态环境部门", "生态环境局"}, {"区农业农村局(水利局)", "农业农村部门"},
                {"钟楼交警大队", "交警部门", "交管部门"}, {"钟楼公安分局", "公安部门"}, {"市生态环境局"}}) {
            for (String name : names) {
                SEED.put(name, names[0]);
            }
        }
    }

    @Test
    void a_synonym_of_the_line_of_work_comes_first() {
        assertThat(NameSuggestions.nearest("环保局", SEED)).containsExactly("钟楼生态环境局", "市生态环境局");
        assertThat(NameSuggestions.nearest("水利部门", SEED)).first().isEqualTo("区农业农村局(水利局)");
        assertThat(NameSuggestions.nearest("交通管理部门", SEED)).contains("钟楼交警大队");
    }

    @Test
    void a_part_of_a_name_finds_the_whole() {
        assertThat(NameSuggestions.nearest("区工信", SEED)).first().isEqualTo("区工信局");
    }

    @Test
    void a_near_miss_by_one_character() {
        assertThat(NameSuggestions.nearest("区发该局", SEED)).first().isEqualTo("区发改局");
    }

    @Test
    void nothing_alike_suggests_nothing() {
        assertThat(NameSuggestions.nearest("统计局", SEED)).isEmpty();
    }

    @Test
    void edit_distance() {
        assertThat(NameSuggestions.distance("区工信局", "区工信局")).isZero();
        assertThat(NameSuggestions.distance("区工信局", "工信局")).isEqualTo(1);
        assertThat(NameSuggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
