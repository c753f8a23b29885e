package org.dutygraph.genre;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words that say where a target or a task applies. Territorial scope (全区, 全市 …) distinguishes two departments'
 * versions of one target (the district's 24 tanks against the city's); administrative level words (区级, 市级 …)
 * say whose list a thing is on. Targets keep the territorial word; comparisons of two texts report both kinds.
 */
public final class ScopeWords {

    /** Territorial scope, longest first where one contains another (辖区内 before 辖区). */
    public static final List<String> TERRITORY = List.of(
            "全国", "全省", "全市", "全区", "全县", "全镇", "本省", "本市", "本区", "本县", "主城区", "辖区内", "辖区", "城乡");

    /** Administrative level words. */
    public static final List<String> LEVEL = List.of("国家级", "省级", "市级", "区级", "县级");

    /** Any territorial scope word. */
    public static final Pattern TERRITORY_PATTERN = Pattern.compile(String.join("|", TERRITORY));

    /** Any scope word, territorial or of level. */
    public static final Pattern ANY_PATTERN = Pattern.compile(String.join("|", TERRITORY) + "|" + String.join("|", LEVEL));

    private ScopeWords() {
    }
}
