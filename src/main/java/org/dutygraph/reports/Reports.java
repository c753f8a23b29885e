package org.dutygraph.reports;

import org.dutygraph.analysis.AnalysisScope;
import org.dutygraph.analysis.CommitmentAnalysis;
import org.dutygraph.analysis.DuplicateAnalysis;
import org.dutygraph.analysis.DuplicateGroup;
import org.dutygraph.analysis.LoadBalanceAnalysis;
import org.dutygraph.analysis.SharedTargetAnalysis;
import org.dutygraph.explorer.CollaborationGraph;
import org.dutygraph.explorer.GraphAssembler;
import org.dutygraph.model.Comparison;
import org.dutygraph.model.Department;
import org.dutygraph.model.DepartmentRepository;
import org.dutygraph.model.Task;
import org.dutygraph.portfolio.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reports reviewers take away, each an analysis's answer as a table, read in one read transaction: which document,
 * then its analysis. {@code department-pairs} (formerly {@code overlaps}) is the collaboration graph's links counted
 * per pair of departments; the overlap of two departments in full is the {@code overlap} query.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    /** The report names, in the order a page offers them. */
    public static final List<String> NAMES = List.of("load", "duplicates", "department-pairs", "shared-targets", "commitments");

    private final AnalysisScope scope;
    private final LoadBalanceAnalysis loads;
    private final DuplicateAnalysis duplicates;
    private final SharedTargetAnalysis sharedTargets;
    private final CommitmentAnalysis commitments;
    private final GraphAssembler graphs;
    private final DepartmentRepository departments;

    Reports(AnalysisScope scope, LoadBalanceAnalysis loads, DuplicateAnalysis duplicates,
            SharedTargetAnalysis sharedTargets, CommitmentAnalysis commitments, GraphAssembler graphs,
            DepartmentRepository departments) {
        this.scope = scope;
        this.loads = loads;
        this.duplicates = duplicates;
        this.sharedTargets = sharedTargets;
        this.commitments = commitments;
        this.graphs = graphs;
        this.departments = departments;
    }

    /**
     * A named report of the document asked for, or of the documents a scope lists or selects (the latest document when
     * neither is given). Over several documents, each row that names a task also names its document.
     */
    public Report report(String name, String documentId, Scope selection) {
        List<String> ids = scope.documentIds(documentId, selection);
        Covered document = new Covered(ids, ids.size() == 1 ? ids.getFirst()
                : ids.size() + " documents (" + selection.describe() + ")");
        Table table = switch (name) {
            case "load" -> load(document);
            case "duplicates" -> duplicates(document);
            case "department-pairs", "overlaps" -> departmentPairs(document);
            case "shared-targets" -> sharedTargets(document);
            case "commitments" -> commitments(document);
            default -> throw new IllegalArgumentException("unknown report '" + name + "': use " + String.join(", ", NAMES));
        };
        return new Report(ids.size() == 1 ? ids.getFirst() : "portfolio", table);
    }

    /** A report: what it covers as a file name says it (the document's id, or portfolio) and its table. */
    public record Report(String covers, Table table) {
    }

    /** The documents a report covers, and how its title names them. */
    private record Covered(List<String> ids, String title) {

        boolean several() {
            return ids.size() > 1;
        }

        /** The columns of a row naming a task: its document's id first when the report covers several. */
        List<String> withDocument(String documentId, List<String> cells) {
            if (!several()) {
                return cells;
            }
            List<String> row = new ArrayList<>(cells.size() + 1);
            row.add(documentId);
            row.addAll(cells);
            return row;
        }
    }

    private Table load(Covered document) {
        var lb = loads.analyse(document.ids(), LoadBalanceAnalysis.Weights.DEFAULT, false);
        List<List<String>> rows = new ArrayList<>();
        for (var l : lb.departments()) {
            rows.add(List.of(l.department().name(), String.valueOf(l.leads()), String.valueOf(l.joints()), String.valueOf(l.supports()),
                    String.valueOf(l.targets()), String.valueOf(l.deadlines()), fmt(l.score()), l.flag().name()));
        }
        return new Table(String.format(Locale.ROOT, "Load balance of %s (Gini %.3f, median %.1f)", document.title(), lb.gini(), lb.median()),
                List.of("部门 department", "牵头 leads", "会同 joints", "配合 supports", "targets", "deadlines", "score", "flag"), rows);
    }

    private Table duplicates(Covered document) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (DuplicateGroup g : duplicates.analyse(document.ids(), 0.5, false)) {
            n++;
            for (Task t : g.tasks()) {
                String differences = g.differences().stream().filter(d -> d.task().id().equals(t.id()))
                        .map(d -> d.kind() + ": " + String.join("、", d.values())).collect(Collectors.joining("; "));
                rows.add(document.withDocument(t.documentId(), List.of(String.valueOf(n), g.kind().name(),
                        fmt(g.similarity()), t.name(), t.text(), differences,
                        g.inconsistent() ? String.join("; ", g.inconsistencies()) : "")));
            }
        }
        return new Table("Duplicated tasks of " + document.title(), document.withDocument("document",
                List.of("group", "kind", "similarity", "clause", "text", "differences", "inconsistencies")), rows);
    }

    private Table departmentPairs(Covered document) {
        Map<String, String> names = new HashMap<>();
        departments.all(document.ids()).forEach(d -> names.put(d.id(), d.name()));
        Map<String, int[]> pairs = new TreeMap<>();
        for (CollaborationGraph.Edge e : graphs.assemble(document.ids(), GraphAssembler.DEFAULT).edges()) {
            String a = e.source().compareTo(e.target()) < 0 ? e.source() : e.target();
            String b = a.equals(e.source()) ? e.target() : e.source();
            int[] counts = pairs.computeIfAbsent(names.get(a) + "\u0000" + names.get(b), k -> new int[4]);
            switch (e.kind()) {
                case "SHARED" -> counts[0] += (int) e.weight();
                case "DUPLICATE" -> counts[1] += (int) e.weight();
                case "JOINT" -> counts[2] += (int) e.weight();
                case "SUPPORT" -> counts[3] += (int) e.weight();
                default -> {
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        pairs.forEach((key, c) -> {
            String[] ab = key.split("\u0000");
            rows.add(List.of(ab[0], ab[1], String.valueOf(c[0]), String.valueOf(c[1]), String.valueOf(c[2]), String.valueOf(c[3])));
        });
        return new Table("Department pairs of " + document.title(),
                List.of("department A", "department B", "shared clauses", "duplicate pairs", "会同 links", "配合 links"), rows);
    }

    private Table sharedTargets(Covered document) {
        List<List<String>> rows = new ArrayList<>();
        for (var s : sharedTargets.analyse(document.ids())) {
            for (var t : s.targets()) {
                rows.add(document.withDocument(t.taskId().substring(0, t.taskId().indexOf('/')), List.of(s.subject(), s.unit(),
                        s.departments().stream().map(Department::name).collect(Collectors.joining("、")),
                        t.taskId(), comparator(t.comparator()), fmt(t.value()), t.scope() == null ? "" : t.scope(), t.raw(),
                        s.consistent() ? "yes" : "no", String.join("; ", s.disagreements()))));
            }
        }
        return new Table("Shared targets of " + document.title(), document.withDocument("document",
                List.of("subject", "unit", "departments", "clause", "comparator", "value", "scope", "text", "consistent",
                        "disagreements")), rows);
    }

    /** A target's comparator in words (at least, at most, exactly), so that no cell starts with = or ≥. */
    private static String comparator(String symbol) {
        return Comparison.ofSymbol(symbol).map(Comparison::words)
                .orElse(symbol == null ? "" : symbol);
    }

    private Table commitments(Covered document) {
        List<List<String>> rows = new ArrayList<>();
        for (var c : commitments.analyse(document.ids())) {
            rows.add(document.withDocument(c.task().documentId(), List.of(c.kind().name(), c.task().name(),
                    c.named().name(), c.role().name(), c.evidence(),
                    c.counterparts().stream().map(Task::name).collect(Collectors.joining("、")), c.reason())));
        }
        return new Table("One-sided commitments of " + document.title(), document.withDocument("document",
                List.of("kind", "clause", "named department", "role", "evidence", "its similar clauses", "reason")), rows);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
