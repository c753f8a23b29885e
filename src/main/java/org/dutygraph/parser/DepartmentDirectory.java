package org.dutygraph.parser;

import org.dutygraph.genre.StartChars;
import org.dutygraph.model.Level;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Knows every name a document may use for a department and finds those names in clause text.
 *
 * <p>Each section department gets a stem by rule: drop the region (钟楼), the level prefix (区), a parenthetical
 * second name (区农业农村局(水利局) also answers to 水利) and the organ suffix (局, 分局, 大队, 中心 …). The stem
 * table ({@code department-stems.tsv}) adds the genre's other names for the same work (交管 for 交警). A mention is
 * a stem with a level prefix and an organ suffix (工信部门, 市商务局, 省级生态环境部门) or an enumeration sharing one
 * suffix (市场监管、公安等部门). Mentions with a 市/省 prefix are external departments at that level; generic ones
 * (相关部门, 区主管部门) and stems with no department in the document are kept unresolved, never guessed.
 *
 * <p>Size: the name resolver: stems, mention scanning and resolution share the stem table and the index of the
 * document's departments.
 */
public final class DepartmentDirectory {

    /** A department name found in text: [start, end) in the clause, and what it resolves to. */
    record Mention(int start, int end, String text, String department, boolean external, Level level) {
        boolean resolved() {
            return department != null;
        }
    }

    private static final List<List<String>> STEM_GROUPS = loadStemGroups();
    private static final String SUFFIXES = "部门|分局|大队|支队|中心|委员会|办公室|局|委|厅|办";
    private static final Pattern ORGAN_SUFFIX = Pattern.compile("(分局|大队|支队|中心|委员会|办公室|局|委|厅|办|站|所|队|室)$");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]+)\\)");
    private static final Pattern GENERIC = Pattern.compile(
            "(省直|市直|区直|县直|区|市|县)?(行业主管|各有关|各相关|相关|有关|主管|职能|其他|其它|属地)(部门|单位)");
    private static final StartChars GENERIC_FIRST = StartChars.of("省市区县行各相有主职其属");

    private final Map<String, String> ownByStem = new LinkedHashMap<>();
    private final Map<String, String> displayStem = new LinkedHashMap<>();
    private final Map<String, String> coreNames = new LinkedHashMap<>();
    private final Map<String, Set<String>> observedAliases = new LinkedHashMap<>();
    private final Map<String, Level> externals = new LinkedHashMap<>();
    private final List<String> sections;
    private final List<String> literal = new ArrayList<>();
    private final String ownLevel;
    private final Pattern enumeration;
    private final Pattern item;
    /** The characters an enumeration can start with (a level word, a region word or a stem), to skip the rest fast. */
    private final java.util.BitSet enumerationStarts = new java.util.BitSet();

    DepartmentDirectory(List<String> sectionDepartments, DocumentMetadata metadata) {
        this(sectionDepartments, metadata, null);
    }

    /**
     * @param ownLevel the level word of the document's own government (市 in a city's document), whose mentions are
     *                 its own departments; null for a district's document, where 区 is the own level and 市 / 省 name
     *                 external departments
     */
    DepartmentDirectory(List<String> sectionDepartments, DocumentMetadata metadata, String ownLevel) {
        this.ownLevel = ownLevel;
        this.sections = List.copyOf(sectionDepartments);
        List<String> regionWords = regionWords(metadata);
        Set<String> allStems = new LinkedHashSet<>();
        STEM_GROUPS.forEach(allStems::addAll);
        // Stems derived from the document's own headings win over the table's synonyms.
        Map<String, String> synonyms = new LinkedHashMap<>();
        for (String department : sections) {
            observedAliases.put(department, new LinkedHashSet<>());
            coreNames.put(department, coreName(department, regionWords));
            for (String stem : stemsOf(department, regionWords)) {
                ownByStem.putIfAbsent(stem, department);
                displayStem.putIfAbsent(department, stem);
                allStems.add(stem);
                for (List<String> group : STEM_GROUPS) {
                    if (group.contains(stem)) {
                        group.forEach(s -> synonyms.putIfAbsent(s, department));
                    }
                }
            }
        }
        synonyms.forEach(ownByStem::putIfAbsent);
        // Names the stems cannot produce (达茂旗, 人民银行平潭支行, 市人才工作领导小组) are found as written.
        for (String department : sections) {
            if (!ORGAN_SUFFIX.matcher(PARENTHETICAL.matcher(department).replaceAll("")).find()) {
                literal.add(department);
            }
        }
        // A merged bureau answers to every line of work its name holds (区交通与建设局: 交通 and 住建 as well), where
        // no other department holds that line too (国家税务局 and 地方税务局: 税务部门 names neither).
        Map<String, Set<String>> claims = new LinkedHashMap<>();
        for (String department : sections) {
            for (String work : workOf(department)) {
                claims.computeIfAbsent(work, w -> new LinkedHashSet<>()).add(department);
            }
        }
        claims.forEach((work, departments) -> {
            if (departments.size() == 1) {
                for (List<String> group : STEM_GROUPS) {
                    if (group.getFirst().equals(work)) {
                        group.forEach(s -> ownByStem.putIfAbsent(s, departments.iterator().next()));
                    }
                }
            }
        });

        String stems = alternation(allStems);
        String prefix = "(省级|省|市级|市|区级|区|县级|县|本区|本县|本市" + (regionWords.isEmpty() ? "" : "|" + alternation(regionWords)) + ")?";
        String infix = regionWords.isEmpty() ? "" : "(?:" + alternation(regionWords) + ")?";
        String oneItem = prefix + "(?:" + stems + ")";
        this.item = Pattern.compile(prefix + "(" + stems + ")");
        java.util.stream.Stream.concat(allStems.stream(), regionWords.stream())
                .filter(w -> w != null && !w.isEmpty()).forEach(w -> enumerationStarts.set(w.charAt(0)));
        "省市区县本".chars().forEach(enumerationStarts::set);
        this.enumeration = Pattern.compile("(" + oneItem + "(?:(?:、|和|及|与|以及)" + oneItem + ")*)(等(?:有关|相关)?)?" + infix
                + "(" + SUFFIXES + ")");
    }

    /** The section departments, in order. */
    List<String> sections() {
        return sections;
    }

    /** External departments named so far, with their level, in first-seen order. */
    Map<String, Level> externals() {
        return externals;
    }

    /** The forms the text used for a department, other than its canonical name, in first-seen order. */
    List<String> aliasesOf(String department) {
        Set<String> aliases = new LinkedHashSet<>();
        String core = coreNames.get(department);
        if (core != null) {
            aliases.add(core);
        }
        String stem = displayStem.get(department);
        if (stem != null) {
            aliases.add(stem + "部门");
        }
        aliases.addAll(observedAliases.getOrDefault(department, Set.of()));
        aliases.remove(department);
        return List.copyOf(aliases);
    }

    /**
     * Every department mention in {@code folded} (clause text in matching form, with 《…》 titles masked),
     * left to right. An enumeration yields one mention per item.
     */
    List<Mention> scan(String folded) {
        List<Mention> found = scanPatterns(folded);
        for (String name : literal) {
            for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + name.length())) {
                int start = at;
                int end = at + name.length();
                if (found.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    found.add(new Mention(start, end, name, name, false, Level.OWN));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private List<Mention> scanPatterns(String folded) {
        List<Mention> found = new ArrayList<>();
        int from = 0;
        Matcher e = enumeration.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher g = GENERIC.matcher(folded);
        boolean hasEnum = findEnumeration(e, folded, 0);
        boolean hasGeneric = StartChars.find(g, folded, 0, GENERIC_FIRST::at);
        while (from < folded.length()) {
            // a match found earlier still stands unless the last one taken overlapped it
            if (hasEnum && e.start() < from) {
                hasEnum = findEnumeration(e, folded, from);
            }
            if (hasGeneric && g.start() < from) {
                hasGeneric = StartChars.find(g, folded, from, GENERIC_FIRST::at);
            }
            if (!hasEnum && !hasGeneric) {
                break;
            }
            if (hasEnum && (!hasGeneric || e.start() <= g.start())) {
                found.addAll(items(folded, e));
                from = e.end();
            } else {
                found.add(new Mention(g.start(), g.end(), g.group(), null, false, null));
                from = g.end();
            }
        }
        return found;
    }

    /**
     * {@code e.find(from)}, trying a match only where one can start. Every match begins with a level word, a region
     * word or a stem, so other positions are skipped without running the (long) pattern there.
     */
    private boolean findEnumeration(Matcher e, String folded, int from) {
        for (int at = from; at < folded.length(); at++) {
            if (enumerationStarts.get(folded.charAt(at))) {
                e.region(at, folded.length());
                if (e.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Mention> items(String folded, Matcher e) {
        String suffix = e.group(e.groupCount());
        record Item(int start, int end, String levelWord, String stem) {
        }
        List<Item> items = new ArrayList<>();
        Matcher i = item.matcher(folded);
        i.region(e.start(1), e.end(1));
        while (i.find()) {
            items.add(new Item(i.start(), i.end(), i.group(1), i.group(2)));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Item it : items) {
            boolean whole = items.size() == 1; // 工信部门, 市商务局: the whole match is the name as written
            int end = whole ? e.end() : it.end();
            String written = whole ? folded.substring(it.start(), e.end()).replaceFirst("等(有关|相关)?", "")
                    : folded.substring(it.start(), it.end()) + suffix;
            mentions.add(resolve(it.start(), end, written, it.levelWord(), it.stem(), suffix));
        }
        return mentions;
    }

    private Mention resolve(int start, int end, String written, String levelWord, String stem, String suffix) {
        Level level = ownLevel != null && levelWord != null && levelWord.startsWith(ownLevel) ? Level.OWN : levelOf(levelWord);
        if (level == Level.OWN) {
            String department = ownByStem.get(stem);
            if (department == null) {
                return new Mention(start, end, written, null, false, null);
            }
            if (!written.equals(department)) {
                observedAliases.get(department).add(written);
            }
            return new Mention(start, end, written, department, false, Level.OWN);
        }
        String name = (level == Level.CITY ? "市" : "省") + stem + suffix;
        externals.putIfAbsent(name, level);
        return new Mention(start, end, written, name, true, level);
    }

    private static Level levelOf(String levelWord) {
        if (levelWord == null) {
            return Level.OWN;
        }
        return switch (levelWord) {
            case "省", "省级" -> Level.PROVINCE;
            case "市", "市级" -> Level.CITY;
            default -> Level.OWN;
        };
    }

    /** The heading without its level prefix and region: 区工信局 → 工信局, 钟楼生态环境局 → 生态环境局. */
    static String coreName(String department, List<String> regionWords) {
        String core = PARENTHETICAL.matcher(department).replaceAll("");
        for (String word : regionWords) {
            core = core.replace(word, "");
        }
        core = core.replaceFirst("^(区|县|市)", "");
        return core.length() >= 2 ? core : null;
    }

    /**
     * The lines of work a department name names, by the stem table: 环保局 and 钟楼生态环境局 both give {生态环境};
     * 区农业农村局(水利局) gives {农业农村, 水利}. Empty when the name holds no known stem.
     */
    public static java.util.Set<String> workOf(String name) {
        java.util.Set<String> keys = new LinkedHashSet<>();
        String rest = name;
        for (String stem : STEMS_LONGEST_FIRST) {
            if (rest.contains(stem)) {
                keys.addAll(GROUP_HEADS_OF.get(stem));
                rest = rest.replace(stem, "\u0000");
            }
        }
        return keys;
    }

    /**
     * {@code core} with every stem of the table replaced by its group's usual short form, longest stems first
     * (人力资源社会保障 → 人社, 交通与建设 → 交通运输住建 once 与 is dropped): two forms of one name compare equal.
     */
    static String normalizeStems(String core) {
        String rest = core.replace("和", "").replace("与", "").replace("及", "");
        for (String stem : STEMS_LONGEST_FIRST) {
            String bare = stem.replace("和", "").replace("与", "");
            if (bare.length() >= 2 && rest.contains(bare)) {
                rest = rest.replace(bare, "\u0001" + HEAD_OF.get(stem) + "\u0001");
            }
        }
        return rest.replace("\u0001", "");
    }

    private static final List<String> STEMS_LONGEST_FIRST = STEM_GROUPS.stream().flatMap(List::stream)
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Map<String, String> HEAD_OF = headOf();
    /** Every group a stem belongs to, by the group's first stem (a stem may sit in two groups). */
    private static final Map<String, List<String>> GROUP_HEADS_OF = groupHeadsOf();

    private static Map<String, List<String>> groupHeadsOf() {
        Map<String, List<String>> heads = new java.util.HashMap<>();
        for (List<String> group : STEM_GROUPS) {
            for (String stem : group) {
                heads.computeIfAbsent(stem, s -> new ArrayList<>()).add(group.getFirst());
            }
        }
        return heads;
    }

    private static Map<String, String> headOf() {
        Map<String, String> heads = new LinkedHashMap<>();
        STEM_GROUPS.forEach(group -> group.forEach(stem -> heads.putIfAbsent(stem, group.getFirst())));
        return heads;
    }

    /** Stems a section heading answers to: 区农业农村局(水利局) → 农业农村, 水利. */
    static List<String> stemsOf(String department, List<String> regionWords) {
        List<String> names = new ArrayList<>();
        Matcher p = PARENTHETICAL.matcher(department);
        while (p.find()) {
            names.add(p.group(1));
        }
        names.addFirst(PARENTHETICAL.matcher(department).replaceAll(""));
        List<String> stems = new ArrayList<>();
        for (String name : names) {
            String core = name;
            for (String word : regionWords) {
                core = core.replace(word, "");
            }
            core = core.replaceFirst("^(区|县|市)", "");
            String stem = ORGAN_SUFFIX.matcher(core).replaceFirst("");
            if (stem.length() >= 2) {
                stems.add(stem);
            }
        }
        return stems;
    }

    /** Region names to strip from headings and accept before a stem: 常州市, 钟楼区, 钟楼. */
    private static List<String> regionWords(DocumentMetadata metadata) {
        List<String> words = new ArrayList<>();
        for (String place : new String[]{metadata.city(), metadata.district()}) {
            if (place == null) {
                continue;
            }
            words.add(place);
            String bare = place.replaceFirst("(市|区|县|旗)$", "");
            if (bare.length() >= 2) {
                words.add(bare);
            }
        }
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * A regex matching any of {@code words}, the longest first where several match at one place. Written as a
     * prefix tree (生态(?:环境)?|工信|…) rather than a flat list, so the engine tries one branch per next character
     * instead of every word at every position.
     */
    static String alternation(Iterable<String> words) {
        Trie root = new Trie();
        words.forEach(w -> {
            if (w != null && !w.isEmpty()) {
                root.add(w);
            }
        });
        return root.regex();
    }

    private static final class Trie {
        private final Map<Character, Trie> next = new java.util.TreeMap<>();
        private boolean end;

        void add(String word) {
            Trie node = this;
            for (char c : word.toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new Trie());
            }
            node.end = true;
        }

        /** The children as a group; a word ending here makes the group optional (greedy, so longer first). */
        String regex() {
            List<String> branches = new ArrayList<>();
            next.forEach((c, child) -> branches.add(Pattern.quote(String.valueOf(c)) + child.regex()));
            if (branches.isEmpty()) {
                return "";
            }
            String group = branches.size() == 1 ? branches.getFirst() : "(?:" + String.join("|", branches) + ")";
            if (end) {
                return (branches.size() == 1 ? "(?:" + group + ")" : group) + "?";
            }
            return group;
        }
    }

    private static List<List<String>> loadStemGroups() {
        try (InputStream in = DepartmentDirectory.class.getResourceAsStream("department-stems.tsv")) {
            if (in == null) {
                throw new IllegalStateException("department-stems.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> List.of(l.split("\t"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
