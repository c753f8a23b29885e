package org.dutygraph.genre;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who can hold a role, by the shape of the name: government departments at every level (财政部, 国家发展改革委,
 * 省经济和信息化厅, 市委组织部, 区经发局), other named bodies that carry roles (a customs office, a central-bank
 * branch, a regulator's local office, a state-owned company, a court, a working group, a named district), and
 * collectives that are never one department (各地区, 国务院相关部门, 各区、县级市, 省直各部门). Names the genre
 * writes as a class rather than a body (金融机构, 司法机关, 环保部门) are generic.
 *
 * <p>Organisation-name recognition of a general Chinese NLP library was measured against these rules on the
 * corpus (benchmarks/name-recognition.md): inside role statements, where every item between separators is one
 * name, the shape of the name decides better than a general model trained on news text.
 */
public final class UnitNames {

    /** What a name names. */
    public enum Kind {
        /** A government department (or a party organ doing a department's work). */
        DEPARTMENT,
        /** A named body that is not a government department but carries roles. */
        ORGANISATION,
        /** Many bodies at once (各地区, 国务院相关部门): never a department, kept as a generic mention. */
        COLLECTIVE,
        /** A class of bodies or a line of work (金融机构, 环保部门): no one body. */
        GENERIC
    }

    /** The administrative tier a name states, by its prefix or its form. */
    public enum Tier { NATIONAL, PROVINCE, CITY, DISTRICT, UNSTATED }

    /** A level prefix at the start of a name; 市场, 区域, 县级 are words, not prefixes. */
    private static final Pattern PREFIX = Pattern.compile(
            "^(国务院|国家|中共中央|中央|自治区|省委|省政府|省(?!级|直|市县|市区|区|份|内|外)|市委|市政府|市(?!场|县|区|级|直)|区委|区政府|区(?!域|县|直|级)|县委|县政府|县(?!级|区|市|直)|旗)");
    /** 各 after at most a place word (国务院各部委, 省直各部门), not after a body's name (省经信委省直各部门). */
    private static final Pattern EACH = Pattern.compile("^[^局厅委办部署会]{0,4}各");
    private static final Pattern COLLECTIVE_END = Pattern.compile(
            "(地区|部门|单位|部委|机构|企业|市|区|县|县级市|乡镇|街道|人民政府|政府|党委|局|委|办|厅|分局|系统|办事处|委员会|委会)$");
    private static final Pattern COLLECTIVE = Pattern.compile(
            "^(各|相关|有关|其他|其它|所在|属地|涉及|驻)"
                    + "|^[省市区县]直"
                    + "|^[^局厅委办部署会]{0,6}(相关|有关|其他|各)(部门|单位|地区|机构|部委|企业|方面)$"
                    + "|成员单位$"
                    + "|^(地方|基层|乡镇|镇|街道|村|社区|县级市|设区市|县区|市县|省市县)(人民政府|政府|党委|党委和政府|党委、政府|办事处|办)?$"
                    + "|^(村|居)(民)?委员?会$");
    private static final Pattern GENERIC = Pattern.compile(
            "(部门|机关|机构|企业|组织|院校|高校|院所|媒体|单位|地区|主体|行业)$");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?<!总)(海关)$|支行$|分行$|营业管理部$|(银保监|银监|证监|保监)(局|分局|办|办事处)$|"
                    + "(海事|气象|检验检疫|出入境检验检疫|通信管理|通讯管理|邮政管理|地震)局$|(?<!地方)金融监管(分局|局)$|监管分局$|"
                    + "(公司|集团|有限公司|分公司)$|(法院|检察院)$|(大学|学院|研究院|研究所|实验室|科学院|工程院)$|"
                    + "(工作组|专项组|领导小组|指挥部|专班)$|(办事处|管理处|监测站|中心|站|所)$|"
                    + "(残联|妇联|科协|工商联|团市委|团区委|团省委|总工会|红十字会|协会|商会|学会|联合会)$|"
                    + "(管委会)$");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(部|委|局|厅|署|办|办公室|办公厅|委员会|总局|党工委|工委|人民银行|监会|监管会)$");
    /** A named place's own government (越秀区, 达茂旗, 安徽省人民政府): a body, not a department. */
    private static final Pattern NAMED_GOVERNMENT = Pattern.compile(
            "^[^局厅委办部署]{2,10}(省|市|区|县|旗|镇|乡|街道)(人民政府|政府)?$");
    /** Kinds of area written like a place but governed by no one (禁养区, 保护区, 示范区). */
    private static final Pattern AREA = Pattern.compile(
            "(养殖|保护|禁养|限养|可养|示范|功能|核心|缓冲|名胜|集聚|试点|先导|城|片|社|山|林|库|水源|地)区$|(城|新)市$");
    private static final Pattern NATIONAL_FORM = Pattern.compile(
            "^(国务院|国家|中共中央|中央|中国|全国)|(总局|总署|署)$|^(人民银行|银保监会|证监会|银监会|保监会)$");

    private UnitNames() {
    }

    /** What {@code name} (one list item, 等… already removed) names. */
    public static Kind classify(String name) {
        if (name == null || name.length() < 2) {
            return Kind.GENERIC;
        }
        if ((COLLECTIVE.matcher(name).find() || EACH.matcher(name).find()) && COLLECTIVE_END.matcher(name).find()
                && (name.length() <= 12 || name.endsWith("成员单位"))) {
            return Kind.COLLECTIVE;
        }
        if (name.startsWith("各") || name.startsWith("相关") || name.startsWith("有关")) {
            return Kind.GENERIC; // 各级政府网站, 相关社会组织: no one body
        }
        if (ORGANISATION.matcher(name).find() && !name.endsWith("海关总署")) {
            return Kind.ORGANISATION;
        }
        if (DEPARTMENT.matcher(name).find()) {
            return Kind.DEPARTMENT;
        }
        if (NAMED_GOVERNMENT.matcher(name).matches() && PREFIX.matcher(name).replaceFirst("").length() >= 2
                && !GENERIC.matcher(name).find() && !AREA.matcher(name).find()) {
            return Kind.ORGANISATION;
        }
        return Kind.GENERIC;
    }

    /** Whether the name is a place's own government (越秀区, 平潭综合实验区), not an organ of one. */
    public static boolean isPlace(String name) {
        return NAMED_GOVERNMENT.matcher(name).matches() && !AREA.matcher(name).find();
    }

    /** True for a department or an organisation: one body that can hold a role. */
    public static boolean isBody(Kind kind) {
        return kind == Kind.DEPARTMENT || kind == Kind.ORGANISATION;
    }

    /** The level prefix the name starts with (区, 市委, 省, 国家 …), or null. */
    public static String prefix(String name) {
        var m = PREFIX.matcher(name);
        return m.find() ? m.group(1) : null;
    }

    /** The tier the name states: 财政部, 国家发展改革委 national; 省… province; 市… city; 区… / 县… district. */
    public static Tier tier(String name) {
        String prefix = prefix(name);
        if (prefix != null) {
            if (prefix.startsWith("国") || prefix.startsWith("中")) {
                return Tier.NATIONAL;
            }
            return switch (prefix.charAt(0)) {
                case '省', '自' -> Tier.PROVINCE;
                case '市' -> Tier.CITY;
                default -> Tier.DISTRICT;
            };
        }
        if (NATIONAL_FORM.matcher(name).find() || name.endsWith("部") && classify(name) == Kind.DEPARTMENT) {
            return Tier.NATIONAL; // 财政部, 工业和信息化部: ministries are written without a prefix
        }
        return Tier.UNSTATED;
    }

    /**
     * Whether a name written without prefix in a list takes the prefix of the list's first item
     * (市住建局、审批服务局 → 市审批服务局): a government organ with no prefix and no name of its own place or nation.
     */
    public static boolean takesListPrefix(String name) {
        return prefix(name) == null && classify(name) == Kind.DEPARTMENT && tier(name) == Tier.UNSTATED;
    }

    /**
     * Splits a run of names written together without separators (区经发局区环土局, 省发改委省经信委省直各部门) after
     * each organ suffix where what follows is a name again. A run that cannot be split is returned whole.
     */
    public static List<String> splitGlued(String run) {
        List<String> names = new ArrayList<>();
        split(run, names);
        return names;
    }

    private static boolean split(String run, List<String> into) {
        if (run.isEmpty()) {
            return true;
        }
        for (int end = 2; end < run.length() - 1; end++) {
            String head = run.substring(0, end);
            String rest = run.substring(end);
            if (isBody(classify(head)) && startsName(rest) && !head.endsWith("市") && !head.endsWith("区")) {
                int mark = into.size();
                into.add(head);
                if (split(rest, into)) {
                    return true;
                }
                while (into.size() > mark) {
                    into.removeLast();
                }
            }
        }
        into.add(run);
        return classify(run) != Kind.GENERIC || run.length() <= 30;
    }

    /** Whether {@code text} begins like a name: a level prefix, a collective word, or a national body. */
    private static boolean startsName(String text) {
        return PREFIX.matcher(text).find() || text.startsWith("各") || text.startsWith("相关")
                || text.startsWith("有关") || text.startsWith("人民银行") || text.startsWith("人行")
                || text.startsWith("中国") || classify(text) != Kind.GENERIC && text.length() <= 14;
    }
}
