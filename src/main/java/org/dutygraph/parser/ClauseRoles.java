package org.dutygraph.parser;

import org.dutygraph.model.Role;
import org.dutygraph.genre.RoleWords;
import org.dutygraph.genre.Sentences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who does what in one clause.
 *
 * <p>The clause is cut into sentences (at 。;!? outside brackets and quotes). Role phrases:
 * <ul>
 *   <li>{@code 会同X} / {@code 协同X}: X is JOINT, the owner LEAD;</li>
 *   <li>{@code 配合X} / {@code 协助X} / {@code 参与X}: X is LEAD, the owner SUPPORT; with no department after it
 *       ({@code 配合做好…}, {@code 配合开展…}) the owner is SUPPORT of someone unnamed and no other department is added;</li>
 *   <li>{@code X牵头} / {@code 由X牵头} / {@code 牵头单位:X}: X is LEAD; {@code X配合} / {@code X参与} / {@code X协助} /
 *       {@code 配合单位:X}: X is SUPPORT; a plain {@code 牵头…} makes the owner LEAD;</li>
 *   <li>a sentence with no role phrase is the owner's own work (owner LEAD), unless it follows a 配合 sentence, which it
 *       then elaborates ({@code 配合市场监管部门推进…。全面执行…。} is one supporting commitment); a short first sentence
 *       that only names the topic ({@code 加强重污染天气应对。}) is a heading and gives no role.</li>
 * </ul>
 * When the clause names another lead (X牵头, 牵头单位) and gives the owner no role, the owner supports.
 * Every role keeps the sentence(s) it came from as evidence, exactly as written.
 *
 * <p>Size: the rules above are one ordered decision over a clause's sentences; split, the order they are tried in
 * would be scattered.
 */
final class ClauseRoles {

    record Result(List<ParsedParticipation> participants, List<String> mentions, List<String> unresolved) {
    }

    private static final Pattern ROLE_WORD = RoleWords.RUNNING_TEXT_PATTERN;
    /**
     * Labels inside a department's clause: the section's owner is the implicit lead, so units labelled as leading or
     * responsible lead with it, and units labelled as taking part or helping support.
     */
    private static final Pattern LEAD_LABEL = labels(RoleWords.Effect.LEADS, RoleWords.Effect.RESPONSIBLE);
    private static final Pattern SUPPORT_LABEL = labels(RoleWords.Effect.PARTICIPATES, RoleWords.Effect.ASSISTS);
    private static final List<Pattern> LABELS = List.of(LEAD_LABEL, SUPPORT_LABEL);
    private static final Pattern JOINER = Pattern.compile("^(、|和|及|与|以及|,|等|等部门|等单位)*");
    private static final int HEADING_MAX = 12;

    private final DepartmentDirectory directory;

    private static Pattern labels(RoleWords.Effect... effects) {
        List<RoleWords.Effect> wanted = List.of(effects);
        return Pattern.compile("(" + String.join("|", RoleWords.LABELS.stream().filter(w -> wanted.contains(w.effect()))
                .map(RoleWords.Word::word).toList()) + ")\\s*[:：]");
    }

    /** Every label ends with a colon: a sentence without one has none. */
    private static boolean hasColon(String folded, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = folded.charAt(i);
            if (c == ':' || c == '：') {
                return true;
            }
        }
        return false;
    }

    ClauseRoles(DepartmentDirectory directory) {
        this.directory = directory;
    }

    private enum Mode { OWN, SUPPORTING }

    private static final class Roles {
        final Map<String, Map<Role, List<String>>> byDepartment = new LinkedHashMap<>();
        final Set<String> stated = new java.util.HashSet<>();

        void add(String department, Role role, String evidence) {
            List<String> sentences = byDepartment.computeIfAbsent(department, d -> new LinkedHashMap<>())
                    .computeIfAbsent(role, r -> new ArrayList<>());
            if (!sentences.contains(evidence)) {
                sentences.add(evidence);
            }
        }

        boolean has(String department, Role role) {
            return byDepartment.getOrDefault(department, Map.of()).containsKey(role);
        }

        boolean hasAny(String department) {
            return byDepartment.containsKey(department);
        }

        void remove(String department, Role role) {
            Map<Role, List<String>> roles = byDepartment.get(department);
            if (roles != null) {
                roles.remove(role);
                if (roles.isEmpty()) {
                    byDepartment.remove(department);
                }
            }
        }
    }

    /**
     * Roles of a department-owned clause: the owner's own work unless a role phrase says otherwise.
     *
     * @param owner    the section department (null when the section belongs to a collective: 乡镇人民政府)
     * @param original clause text as written
     * @param folded   the same text in matching form, 《…》 titles masked (same length as {@code original})
     */
    Result read(String owner, String original, String folded) {
        return read(owner == null ? List.of() : List.of(owner), true, original, folded, null);
    }

    /**
     * Roles a task-division task's running text adds to those its role statements gave: {@code 会同X} makes X
     * JOINT under the subjects (the units written before the phrase, else the task's leads), {@code 配合X} makes X
     * LEAD and the subjects SUPPORT, {@code X配合} makes X SUPPORT, {@code X牵头} makes X LEAD. Sentences without a role
     * phrase give nobody a role: the statements did that.
     *
     * @param leads  the task's leads from its statements (the subjects of phrases with none written before them)
     * @param skip   positions of {@code folded} inside role statements, already read (may be null)
     */
    Result readRunningText(List<String> leads, String original, String folded, java.util.BitSet skip) {
        return read(leads, false, original, folded, skip);
    }

    private Result read(List<String> subjects, boolean owned, String original, String folded, java.util.BitSet skip) {
        List<DepartmentDirectory.Mention> mentions = directory.scan(folded).stream()
                .filter(m -> skip == null || !skip.get(m.start())).toList();
        Roles roles = new Roles();
        Set<String> roleHolders = new LinkedHashSet<>();
        Set<String> unresolved = new LinkedHashSet<>();
        mentions.stream().filter(m -> !m.resolved()).forEach(m -> unresolved.add(m.text()));
        String owner = subjects.isEmpty() ? null : subjects.getFirst();

        List<int[]> sentences = Sentences.split(folded);
        Mode mode = Mode.OWN;
        boolean ownerExplicit = false; // the owner got a role from a role phrase, not only by default
        boolean otherLeadNamed = false;
        String otherLeadEvidence = null;
        for (int s = 0; s < sentences.size(); s++) {
            int start = sentences.get(s)[0];
            int end = sentences.get(s)[1];
            String sentence = folded.substring(start, end);
            String evidence = original.substring(start, end).strip();
            if (evidence.isEmpty()) {
                continue;
            }
            List<Event> events = events(folded, start, end, mentions, skip);
            if (events.isEmpty()) {
                boolean heading = s == 0 && sentences.size() > 1 && isHeading(sentence);
                if (mode == Mode.SUPPORTING && OWN_WORK.matcher(sentence.strip()).lookingAt()) {
                    mode = Mode.OWN; // 配合…;负责…: a sentence of its own duty does not elaborate the supported work
                }
                if (owned && owner != null && mode == Mode.OWN && !heading && !roles.has(owner, Role.LEAD)) {
                    roles.add(owner, Role.LEAD, evidence);
                }
                continue;
            }
            for (Event event : events) {
                switch (event.kind()) {
                    case JOINT_WITH -> {
                        for (DepartmentDirectory.Mention m : event.departments()) {
                            if (!subjects.contains(m.department())) {
                                roles.add(m.department(), Role.JOINT, evidence);
                                roleHolders.add(m.department());
                            }
                        }
                        subjects.forEach(o -> roles.add(o, Role.LEAD, evidence));
                        ownerExplicit = true;
                        mode = Mode.OWN;
                    }
                    case SUPPORT_OF -> {
                        if (!owned && event.departments().isEmpty() && !event.genericAfter()) {
                            continue; // 配合做好… in a task whose statements named its units: says nothing new
                        }
                        for (DepartmentDirectory.Mention m : event.departments()) {
                            if (!subjects.contains(m.department())) {
                                roles.add(m.department(), Role.LEAD, evidence);
                                roleHolders.add(m.department());
                            }
                        }
                        subjects.forEach(o -> roles.add(o, Role.SUPPORT, evidence));
                        if (owned && OWN_CLAUSE_FIRST.matcher(folded.substring(start, event.position())).lookingAt()) {
                            subjects.forEach(o -> roles.add(o, Role.LEAD, evidence)); // 负责…监管,协助住建部门…
                        }
                        ownerExplicit = true;
                        mode = Mode.SUPPORTING;
                    }
                    case OWNER_LEADS -> {
                        subjects.forEach(o -> roles.add(o, Role.LEAD, evidence));
                        ownerExplicit = true;
                        mode = Mode.OWN;
                    }
                    case NAMED_LEAD -> {
                        for (DepartmentDirectory.Mention m : event.departments()) {
                            roles.add(m.department(), Role.LEAD, evidence);
                            if (event.labelled()) {
                                roles.stated.add(m.department() + "\u0000" + Role.LEAD);
                            }
                            roleHolders.add(m.department());
                            if (subjects.contains(m.department())) {
                                ownerExplicit = true;
                            } else {
                                otherLeadNamed = true;
                                otherLeadEvidence = evidence;
                            }
                        }
                    }
                    case NAMED_SUPPORT -> {
                        for (DepartmentDirectory.Mention m : event.departments()) {
                            roles.add(m.department(), Role.SUPPORT, evidence);
                            if (event.labelled()) {
                                roles.stated.add(m.department() + "\u0000" + Role.SUPPORT);
                            }
                            roleHolders.add(m.department());
                            ownerExplicit |= subjects.contains(m.department());
                        }
                    }
                }
            }
        }
        if (owned && owner != null) {
            if (otherLeadNamed && !ownerExplicit) {
                // Someone else is named to lead and the owner is not named at all: the owner's part is to support.
                roles.remove(owner, Role.LEAD);
                roles.add(owner, Role.SUPPORT, otherLeadEvidence);
            }
            if (!roles.hasAny(owner)) {
                roles.add(owner, Role.LEAD, original.strip());
            }
        }

        List<ParsedParticipation> participants = new ArrayList<>();
        roles.byDepartment.forEach((department, byRole) -> byRole.forEach((role, evidence) ->
                participants.add(new ParsedParticipation(department, role, String.join("", evidence),
                        roles.stated.contains(department + "\u0000" + role)))));
        participants.sort(Comparator.comparing(ParsedParticipation::role)); // LEAD, JOINT, SUPPORT; stable within a role
        Set<String> named = new LinkedHashSet<>();
        for (DepartmentDirectory.Mention m : mentions) {
            if (m.resolved() && !subjects.contains(m.department()) && !roleHolders.contains(m.department())) {
                named.add(m.department());
            }
        }
        return new Result(participants, List.copyOf(named), List.copyOf(unresolved));
    }

    private enum Kind { JOINT_WITH, SUPPORT_OF, OWNER_LEADS, NAMED_LEAD, NAMED_SUPPORT }

    private record Event(int position, Kind kind, List<DepartmentDirectory.Mention> departments, boolean genericAfter,
                         boolean labelled) {
        Event(int position, Kind kind, List<DepartmentDirectory.Mention> departments) {
            this(position, kind, departments, false, false);
        }

        Event(int position, Kind kind, List<DepartmentDirectory.Mention> departments, boolean genericAfter) {
            this(position, kind, departments, genericAfter, false);
        }
    }

    /** The role phrases of one sentence [start, end), in order. */
    private static List<Event> events(String folded, int start, int end, List<DepartmentDirectory.Mention> mentions,
                                      java.util.BitSet skip) {
        List<Event> events = new ArrayList<>();
        List<int[]> labelled = new ArrayList<>();
        for (Pattern label : hasColon(folded, start, end) ? LABELS : List.<Pattern>of()) {
            Matcher m = label.matcher(folded).region(start, end);
            while (m.find()) {
                labelled.add(new int[]{m.start(), m.end()});
                List<DepartmentDirectory.Mention> after = chainAfter(folded, m.end(), end, mentions);
                if (!after.isEmpty()) {
                    events.add(new Event(m.start(), label == LEAD_LABEL ? Kind.NAMED_LEAD : Kind.NAMED_SUPPORT,
                            resolvedOnly(after), false, true));
                }
            }
        }
        Matcher word = ROLE_WORD.matcher(folded).region(start, end);
        while (word.find()) {
            int at = word.start();
            if (labelled.stream().anyMatch(r -> at >= r[0] && at < r[1]) || (skip != null && skip.get(at))) {
                continue;
            }
            String w = word.group();
            int subjectEnd = at - adverbBefore(folded, start, at);
            List<DepartmentDirectory.Mention> before = resolvedOnly(chainBefore(folded, subjectEnd, start, mentions));
            List<DepartmentDirectory.Mention> after = chainAfter(folded, word.end(), end, mentions);
            List<DepartmentDirectory.Mention> afterResolved = resolvedOnly(after);
            if (before.isEmpty() && !w.equals("牵头") && resolvedOnly(chainAfter(folded, word.end(), end, mentions)).isEmpty()
                    && OTHER_SUBJECT.matcher(folded.substring(start, at)).find()) {
                continue; // 鼓励社会资本参与…, 督促旅游团组…配合…: someone other than a department takes part
            }
            switch (w) {
                case "牵头" -> events.add(before.isEmpty() || joinedBefore(folded, before.getFirst().start(), start)
                        ? new Event(at, Kind.OWNER_LEADS, List.of())
                        : new Event(at, Kind.NAMED_LEAD, before));
                case "会同", "协同" -> {
                    if (!before.isEmpty()) {
                        events.add(new Event(at, Kind.NAMED_LEAD, before));
                        events.add(new Event(at, Kind.JOINT_WITH, afterResolved));
                    } else if (!afterResolved.isEmpty()) {
                        events.add(new Event(at, Kind.JOINT_WITH, afterResolved));
                    } else if (!after.isEmpty()) {
                        // 会同相关部门: the owner leads with partners the text leaves unnamed.
                        events.add(new Event(at, Kind.OWNER_LEADS, List.of()));
                    }
                    // 协同强化联防联控: a manner of working, no partner named — the sentence stays the owner's own.
                }
                default -> { // 配合, 协助, 参与
                    if (!before.isEmpty() && afterResolved.isEmpty()) {
                        events.add(new Event(at, Kind.NAMED_SUPPORT, before));
                    } else {
                        events.add(new Event(at, Kind.SUPPORT_OF, afterResolved, !after.isEmpty()));
                    }
                }
            }
        }
        Matcher responsible = RESPONSIBLE.matcher(folded).region(start, end);
        while (responsible.find()) {
            int at = responsible.start();
            if (labelled.stream().anyMatch(r -> at >= r[0] && at < r[1]) || (skip != null && skip.get(at))) {
                continue;
            }
            List<DepartmentDirectory.Mention> before = resolvedOnly(chainBefore(folded, at - adverbBefore(folded, start, at),
                    start, mentions));
            if (!before.isEmpty() && !joinedBefore(folded, before.getFirst().start(), start)) {
                events.add(new Event(at, Kind.NAMED_LEAD, before)); // 市人才工作领导小组负责…, 由区环境局负责
            }
        }
        Matcher together = TOGETHER.matcher(folded).region(start, end);
        while (together.find()) {
            int at = together.start();
            if (skip != null && skip.get(at)) {
                continue;
            }
            List<DepartmentDirectory.Mention> partners = resolvedOnly(chainAfter(folded, together.end(), end, mentions));
            int after = partners.isEmpty() ? -1 : partners.getLast().end();
            if (after >= 0 && folded.startsWith("共同", after)) {
                events.add(new Event(at, Kind.JOINT_WITH, partners)); // 与环保部门共同负责…
            }
        }
        events.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return events;
    }

    /** A sentence that states the owner's own duty (负责…, 承担…). */
    private static final Pattern OWN_WORK = Pattern.compile("(负责|承担)");
    /** A sentence whose first clause is the owner's own duty, before a comma and the role word: 负责…,协助X…. */
    private static final Pattern OWN_CLAUSE_FIRST = Pattern.compile("\\s*(负责|承担)[^,;]{2,}[,]");
    private static final Pattern LIST_SUFFIX = Pattern.compile("等(有关|相关)?(部门|单位)$");
    /** 负责 after its subject (X负责), not 负责人 / 负责同志. */
    private static final Pattern RESPONSIBLE = Pattern.compile("负责(?![人同])");
    private static final Pattern TOGETHER = Pattern.compile("与");
    /** Adverbs between a subject and its role word: 公安、市场监管等部门积极配合. */
    private static final Pattern ADVERBS = Pattern.compile(
            "(积极|主动|密切|全力|要|应|应当|需|须|按职责分工|按照职责分工|按职责)+$");
    /** Subjects of 配合/参与 that are not departments (鼓励社会资本参与, 督促旅游团组…自觉配合). */
    private static final Pattern OTHER_SUBJECT = Pattern.compile(
            "(社会资本|社会力量|公众|群众|企业|个人|农户|农民|居民|志愿者|社会组织|第三方|团组|游客|市场主体|用人单位|投资者|社会各界|学生|家长)");

    /** Length of the adverbs written right before {@code at} within the sentence. */
    private static int adverbBefore(String folded, int start, int at) {
        Matcher m = ADVERBS.matcher(folded.substring(start, at));
        return m.find() ? m.end() - m.start() : 0;
    }

    /** The clause of the sentence before {@code at}: back to the previous comma. */
    private static String clauseBefore(String folded, int start, int at) {
        int from = at;
        while (from > start && ",;:".indexOf(folded.charAt(from - 1)) < 0) {
            from--;
        }
        return folded.substring(from, at);
    }

    /** Whether the chain starting at {@code chainStart} follows 会同 / 协同 (会同区环境局、交建局牵头组建…). */
    private static boolean joinedBefore(String folded, int chainStart, int limit) {
        return chainStart - 2 >= limit && (folded.startsWith("会同", chainStart - 2) || folded.startsWith("协同", chainStart - 2));
    }

    /** Mentions that follow {@code from} directly, chained by 、和及与 (会同住建部门、卫健部门、机关事务管理部门). */
    private static List<DepartmentDirectory.Mention> chainAfter(String folded, int from, int limit,
                                                               List<DepartmentDirectory.Mention> mentions) {
        List<DepartmentDirectory.Mention> chain = new ArrayList<>();
        int at = from;
        while (at < limit) {
            int pos = at;
            DepartmentDirectory.Mention next = mentions.stream().filter(m -> m.start() == pos).findFirst().orElse(null);
            if (next == null) {
                break;
            }
            chain.add(next);
            Matcher j = JOINER.matcher(folded).region(next.end(), limit);
            at = j.lookingAt() ? j.end() : next.end();
            if (at == next.end() && !mentions.stream().anyMatch(m -> m.start() == next.end())) {
                break;
            }
        }
        return chain;
    }

    /** Mentions that end directly before {@code at} (市生态环境局牵头, 由区住建局、区城管局配合). */
    private static List<DepartmentDirectory.Mention> chainBefore(String folded, int at, int limit,
                                                                List<DepartmentDirectory.Mention> mentions) {
        List<DepartmentDirectory.Mention> chain = new ArrayList<>();
        int end = at;
        Matcher suffix = LIST_SUFFIX.matcher(folded.substring(limit, at));
        if (suffix.find()) {
            end = limit + suffix.start(); // 公安、市场监管等部门配合: the chain ends before 等部门
        }
        while (end > limit) {
            int pos = end;
            DepartmentDirectory.Mention previous = mentions.stream().filter(m -> m.end() == pos).findFirst().orElse(null);
            if (previous == null) {
                break;
            }
            chain.addFirst(previous);
            end = previous.start();
            while (end > limit && "、和及与".indexOf(folded.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end == previous.start()) {
                break;
            }
        }
        return chain;
    }

    private static List<DepartmentDirectory.Mention> resolvedOnly(List<DepartmentDirectory.Mention> mentions) {
        return mentions.stream().filter(DepartmentDirectory.Mention::resolved).toList();
    }

    /** A short first sentence that only names the topic: 加强重污染天气应对, 推进VOCS治理. */
    private static boolean isHeading(String sentence) {
        String body = sentence.replaceAll("[。;!?\\s]", "");
        return body.length() <= HEADING_MAX && !body.contains(",") && !ROLE_WORD.matcher(body).find();
    }
}
