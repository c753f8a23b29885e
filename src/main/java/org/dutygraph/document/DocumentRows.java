package org.dutygraph.document;

import org.dutygraph.model.Document;

import org.dutygraph.parser.ParsedTask;
import org.dutygraph.parser.ParsedDeadline;
import org.dutygraph.parser.ParsedDepartment;
import org.dutygraph.parser.DocumentMetadata;
import org.dutygraph.parser.Layout;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.parser.ParsedParticipation;
import org.dutygraph.parser.ParsedSection;
import org.dutygraph.parser.ParsedTarget;
import org.dutygraph.similarity.SimilarityFinder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows one parsed document writes, by kind, shaped as {@code cypher/document/write-document.cypher} takes them:
 * the Document's properties, its departments (keyed by jurisdiction: own ones by the document's region, external
 * ones by its city), tasks, role edges, mentions, targets, deadlines and similar clause pairs. Pure: no database.
 * The import benchmark's raw baseline writes these same rows.
 */
public record DocumentRows(Map<String, Object> document, List<Map<String, Object>> departments,
                           List<Map<String, Object>> tasks, List<Map<String, Object>> participations,
                           List<Map<String, Object>> mentions, List<Map<String, Object>> targets,
                           List<Map<String, Object>> deadlines, List<Map<String, Object>> similarities) {

    /**
     * @param id      the document's id
     * @param hash    the hash of the text it was parsed from
     * @param similar its similar clause pairs, indexed in reading order of its clauses
     */
    public static DocumentRows of(String id, ParsedDocument document, String hash, List<SimilarityFinder.Pair> similar) {
        Jurisdictions places = new Jurisdictions(id, document);
        List<Map<String, Object>> tasks = new ArrayList<>();
        List<Map<String, Object>> participations = new ArrayList<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        List<Map<String, Object>> targets = new ArrayList<>();
        List<Map<String, Object>> deadlines = new ArrayList<>();
        List<String> taskIds = new ArrayList<>();
        boolean bySection = document.layout() == Layout.DEPARTMENT_SECTIONS;
        for (ParsedSection section : document.sections()) {
            for (ParsedTask clause : section.tasks()) {
                String taskId = bySection ? DocumentIds.task(id, section.department(), clause.ordinal())
                        : DocumentIds.taskByPath(id, clause.path());
                taskIds.add(taskId);
                tasks.add(task(taskId, clause.owners().stream().map(places::of).toList(), section, clause));
                for (ParsedParticipation p : clause.participants()) {
                    participations.add(Map.of("department", places.of(p.department()), "task", taskId,
                            "role", p.role().name(), "evidence", p.evidence(), "stated", p.stated()));
                }
                for (String named : clause.mentions()) {
                    mentions.add(Map.of("task", taskId, "department", places.of(named)));
                }
                int n = 0;
                for (ParsedTarget t : clause.targets()) {
                    targets.add(target(taskId, ++n, t));
                }
                for (ParsedDeadline d : clause.deadlines()) {
                    Map<String, Object> due = new HashMap<>();
                    due.put("task", taskId);
                    due.put("text", d.text());
                    due.put("kind", d.kind().name());
                    due.put("month", d.month());
                    deadlines.add(due);
                }
            }
        }
        return new DocumentRows(documentProperties(document, hash), departments(document, places), tasks,
                participations, mentions, targets, deadlines, similarities(taskIds, similar));
    }

    /** Ids of the departments the rows name: what the import locks before writing. */
    public List<String> departmentIds() {
        return departments.stream().map(d -> (String) d.get("id")).toList();
    }

    /** Every list of rows in one map: write-document's {@code $content} parameter. */
    public Map<String, Object> content() {
        return Map.of("departments", departments, "tasks", tasks, "participations", participations,
                "mentions", mentions, "targets", targets, "deadlines", deadlines, "similarities", similarities);
    }

    /** Clauses of different departments that describe the same work, recomputed on every import. */
    private static List<Map<String, Object>> similarities(List<String> taskIds, List<SimilarityFinder.Pair> pairs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SimilarityFinder.Pair pair : pairs) {
            Map<String, Object> row = new HashMap<>();
            row.put("from", taskIds.get(pair.first()));
            row.put("to", taskIds.get(pair.second()));
            row.put("score", pair.score());
            row.put("passage", pair.passage());
            row.put("passageScore", pair.passageScore());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> documentProperties(ParsedDocument document, String hash) {
        DocumentMetadata m = document.metadata();
        Map<String, Object> p = new HashMap<>();
        p.put("title", m.title());
        p.put("notice", m.notice());
        p.put("number", m.number());
        p.put("issuer", m.issuer());
        p.put("publisher", m.publisher());
        p.put("createdDate", m.createdDate());
        p.put("publishedDate", m.publishedDate());
        p.put("expiresDate", m.expiresDate());
        p.put("region", m.region());
        p.put("province", m.province());
        p.put("city", m.city());
        p.put("district", m.district());
        p.put("year", m.year());
        p.put("sourceHash", hash);
        p.put("warnings", document.warnings());
        p.put("layout", document.layout().name());
        p.put("coverage", document.coverage());
        p.put("sectionLabels", document.sections().stream().map(ParsedSection::label).toList());
        p.put("sectionTitles", document.sections().stream().map(ParsedSection::title).toList());
        p.values().removeIf(v -> v == null);
        return p;
    }

    private static List<Map<String, Object>> departments(ParsedDocument document, Jurisdictions places) {
        Map<String, ParsedSection> sections = new LinkedHashMap<>();
        document.sections().stream().filter(s -> s.department() != null).forEach(s -> sections.putIfAbsent(s.department(), s));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ParsedDepartment d : document.departments()) {
            ParsedSection section = sections.get(d.name());
            Map<String, Object> row = new HashMap<>();
            row.put("id", places.of(d.name()));
            row.put("name", d.name());
            row.put("aliases", d.aliases());
            row.put("external", d.external());
            row.put("level", d.level().name());
            row.put("organisation", d.organisation());
            row.put("section", section == null ? null : section.ordinal());
            row.put("label", section == null ? null : section.label());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> task(String taskId, List<String> owners, ParsedSection section, ParsedTask clause) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", taskId);
        row.put("owners", owners);
        row.put("section", section.ordinal());
        row.put("ordinal", clause.ordinal());
        row.put("label", clause.label());
        row.put("path", clause.path());
        row.put("text", clause.text());
        row.put("line", clause.line());
        row.put("boilerplate", clause.boilerplate());
        row.put("deadlines", clause.deadlines().stream().map(ParsedDeadline::text).toList());
        row.put("unresolvedMentions", clause.unresolvedMentions());
        return row;
    }

    private static Map<String, Object> target(String taskId, int ordinal, ParsedTarget t) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", taskId + "#" + ordinal);
        row.put("task", taskId);
        row.put("ordinal", ordinal);
        row.put("kind", t.kind().name());
        row.put("subject", t.subject());
        row.put("value", t.value().doubleValue());
        row.put("unit", t.unit());
        row.put("comparator", t.comparator().name());
        row.put("change", t.change() == null ? null : t.change().name());
        row.put("scope", t.scope());
        row.put("raw", t.raw());
        return row;
    }

    /**
     * Which government each body belongs to, for its key: the document's own ones to its region, others to the
     * jurisdiction their level names (a district's 市商务局 to the city; a city's 省财政厅 to the province; 财政部 to
     * 国家, as are the State Council's own). A document with no region keys its bodies by its own id, so they are
     * shared with no other document.
     */
    private static final class Jurisdictions {
        private final Map<String, String> ids = new HashMap<>();

        Jurisdictions(String documentId, ParsedDocument document) {
            DocumentMetadata metadata = document.metadata();
            boolean national = metadata.issuer() != null && metadata.issuer().startsWith("国务院");
            String own = metadata.region() != null ? metadata.region() : national ? "国家" : documentId;
            for (ParsedDepartment d : document.departments()) {
                String place = switch (d.level()) {
                    case OWN -> own;
                    case CITY -> metadata.city() != null ? metadata.city() : own;
                    case PROVINCE -> metadata.province() != null ? metadata.province() : own;
                    case NATIONAL -> "国家";
                    case DISTRICT -> own;
                };
                ids.put(d.name(), DocumentIds.department(place, d.name()));
            }
        }

        String of(String name) {
            String id = ids.get(name);
            if (id == null) {
                throw new IllegalStateException("the parser named a department it did not list: " + name);
            }
            return id;
        }
    }
}
