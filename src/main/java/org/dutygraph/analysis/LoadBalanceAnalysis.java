package org.dutygraph.analysis;

import org.dutygraph.model.GraphRows;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.model.Department;
import org.dutygraph.cypher.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Load balance over one or more documents. Counts come from {@code cypher/analysis/department-load.cypher}, summed
 * over the documents with each document's share; the spread is computed over the documents' own departments
 * (external ones such as 市商务局 carry work for other governments too, so their one clause here says nothing about
 * their load; a department is external only when every document covered names it as another government's). A
 * department is OVERLOADED above twice the median score and UNDERLOADED below half of it: the median, unlike the mean,
 * is not dragged up by the one department that leads a quarter of all clauses.
 */
@Service
@Transactional(readOnly = true)
public class LoadBalanceAnalysis {

    static final String RULE = "OVERLOADED when the score is above 2 × the median of the document's own departments, "
            + "UNDERLOADED when below 0.5 × the median, BALANCED otherwise; external departments are not judged";

    public record Weights(double lead, double joint, double support) {
        public static final Weights DEFAULT = new Weights(1.0, 0.5, 0.5);
    }

    private final CypherClient cypher;

    LoadBalanceAnalysis(CypherClient cypher) {
        this.cypher = cypher;
    }

    public LoadBalance analyse(List<String> documentIds, Weights weights, boolean includeBoilerplate) {
        return analyse(AnalysisScope.Coverage.of(documentIds), weights, includeBoilerplate);
    }

    /** The load balance of the documents asked for, found by the analysis's own statement (one statement in all). */
    public LoadBalance analyse(AnalysisScope.Coverage coverage, Weights weights, boolean includeBoilerplate) {
        AnalysisScope.Answer answer = coverage.read(cypher, "analysis/department-load", Map.of(
                "weights", Map.of("lead", weights.lead(), "joint", weights.joint(), "support", weights.support()),
                "includeBoilerplate", includeBoilerplate), "department");
        List<String> documentIds = answer.documentIds();
        List<Row> rows = answer.rows();

        double[] own = rows.stream().filter(r -> !r.row("department").flag("external", false))
                .mapToDouble(r -> r.number("score")).toArray();
        Statistics stats = Statistics.of(own);
        List<LoadBalance.DepartmentLoad> loads = new ArrayList<>();
        for (Row r : rows) {
            Department d = GraphRows.department(r.row("department"));
            double score = r.number("score");
            int leads = r.integer("leads");
            int joints = r.integer("joints");
            int supports = r.integer("supports");
            Double relative = d.external() || stats.median() == 0 ? null : score / stats.median();
            LoadBalance.Flag flag = d.external() ? LoadBalance.Flag.EXTERNAL
                    : score > 2 * stats.median() ? LoadBalance.Flag.OVERLOADED
                    : score < 0.5 * stats.median() ? LoadBalance.Flag.UNDERLOADED : LoadBalance.Flag.BALANCED;
            String explanation = String.format(Locale.ROOT,
                    "%s leads %d, joins %d and supports %d clause(s): %.1f × %d + %.1f × %d + %.1f × %d = %.1f%s.",
                    d.name(), leads, joints, supports, weights.lead(), leads, weights.joint(), joints, weights.support(),
                    supports, score, relative == null ? " (external: not judged)"
                            : String.format(Locale.ROOT, ", %.2f × the median %.1f: %s", relative, stats.median(), flag));
            List<LoadBalance.DocumentLoad> documents = r.rows("documents").stream()
                    .map(p -> new LoadBalance.DocumentLoad(p.text("documentId"), p.integer("leads"), p.integer("joints"),
                            p.integer("supports"), p.number("score"))).toList();
            loads.add(new LoadBalance.DepartmentLoad(d, leads, joints, supports, r.integer("targets"),
                    r.integer("deadlines"), r.integer("boilerplateSkipped"), score, relative, flag, explanation,
                    documents));
        }
        return new LoadBalance(documentIds, weights.lead(), weights.joint(), weights.support(),
                includeBoilerplate, loads, stats.mean(), stats.median(), stats.standardDeviation(),
                stats.coefficientOfVariation(), stats.gini(), stats.maxMinRatio(), RULE);
    }
}
