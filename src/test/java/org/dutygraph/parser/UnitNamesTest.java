package org.dutygraph.parser;

import org.dutygraph.genre.UnitNames;
import org.dutygraph.genre.UnitNames.Kind;
import org.dutygraph.genre.UnitNames.Tier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who can hold a role, by the shape of the name. */
@DisplayName("Names of bodies, organisations and collectives")
class UnitNamesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "财政部, DEPARTMENT", "国家发展改革委, DEPARTMENT", "人民银行, DEPARTMENT", "银保监会, DEPARTMENT",
            "省经济和信息化厅, DEPARTMENT", "市委组织部, DEPARTMENT", "区经发局, DEPARTMENT", "海关总署, DEPARTMENT",
            "中央网信办, DEPARTMENT", "省地方金融监管局, DEPARTMENT",
            "平潭海关, ORGANISATION", "人行合肥中心支行, ORGANISATION", "安徽银保监局, ORGANISATION",
            "省投资集团控股有限公司, ORGANISATION", "区法院, ORGANISATION", "越秀区, ORGANISATION", "达茂旗, ORGANISATION",
            "三十六脚湖水库管理处, ORGANISATION", "中国残联, ORGANISATION", "常州金融监管分局, ORGANISATION",
            "各地区, COLLECTIVE", "国务院相关部门, COLLECTIVE", "各市人民政府, COLLECTIVE", "省直各部门, COLLECTIVE",
            "区直各相关单位, COLLECTIVE", "相关乡镇人民政府, COLLECTIVE", "各设区市, COLLECTIVE", "县级市, COLLECTIVE",
            "街道办事处, COLLECTIVE", "省推进工业互联网创新发展专项工作组成员单位, COLLECTIVE",
            "金融机构, GENERIC", "环保部门, GENERIC", "禁养区, GENERIC", "各级政府网站, GENERIC"})
    void names_are_classified_by_their_shape(String name, Kind kind) {
        assertThat(UnitNames.classify(name)).isEqualTo(kind);
    }

    @Test
    void tiers_come_from_the_prefix_or_the_form_of_a_ministry() {
        assertThat(UnitNames.tier("财政部")).isEqualTo(Tier.NATIONAL);
        assertThat(UnitNames.tier("市场监管总局")).isEqualTo(Tier.NATIONAL);
        assertThat(UnitNames.tier("省财政厅")).isEqualTo(Tier.PROVINCE);
        assertThat(UnitNames.tier("市场监督管理局")).isEqualTo(Tier.UNSTATED);
        assertThat(UnitNames.tier("市市场监管局")).isEqualTo(Tier.CITY);
        assertThat(UnitNames.tier("区住建局")).isEqualTo(Tier.DISTRICT);
    }

    @Test
    void only_organs_without_a_place_of_their_own_take_a_list_s_prefix() {
        assertThat(UnitNames.takesListPrefix("审批服务局")).isTrue();
        assertThat(UnitNames.takesListPrefix("人行合肥中心支行")).isFalse();
        assertThat(UnitNames.takesListPrefix("市场监管总局")).isFalse();
        assertThat(UnitNames.takesListPrefix("财政部")).isFalse();
    }

    @Test
    void names_written_together_are_split_where_a_name_ends_and_another_begins() {
        assertThat(UnitNames.splitGlued("区经发局区环土局")).containsExactly("区经发局", "区环土局");
        assertThat(UnitNames.splitGlued("市发展和改革委员会")).containsExactly("市发展和改革委员会");
    }
}
