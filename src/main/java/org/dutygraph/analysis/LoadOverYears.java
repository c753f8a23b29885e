package org.dutygraph.analysis;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.Row;
import org.dutygraph.model.Department;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A department's load over the years ({@code cypher/analysis/load-over-years.cypher}): per year of the documents
 * that involve it, its roles summed over that year's documents and the default-weighted score, each year compared
 * with the one before it on the time line (the previous year that has documents, not necessarily year − 1).
 */
@Service
@Transactional(readOnly = true)
public class LoadOverYears {

    private final CypherClient cypher;

    LoadOverYears(CypherClient cypher) {
        this.cypher = cypher;
    }

    /** The years of {@code department} over {@code documentIds} (every document when null), earliest first. */
    public List<YearLoad> analyse(Department department, List<String> documentIds) {
        LoadBalanceAnalysis.Weights w = LoadBalanceAnalysis.Weights.DEFAULT;
        Map<String, Object> params = new HashMap<>();
        params.put("departmentId", department.id());
        params.put("documentIds", documentIds);
        List<YearLoad> years = new ArrayList<>();
        YearLoad previous = null;
        for (Row r : cypher.rows("analysis/load-over-years", params)) {
            int leads = r.integer("leads");
            int joints = r.integer("joints");
            int supports = r.integer("supports");
            double score = w.lead() * leads + w.joint() * joints + w.support() * supports;
            List<String> changes = new ArrayList<>();
            if (previous != null) {
                change(changes, "leads", previous.leads(), leads, previous.year());
                change(changes, "joins", previous.joints(), joints, previous.year());
                change(changes, "supports", previous.supports(), supports, previous.year());
            }
            YearLoad year = new YearLoad(department, r.integer("year"), r.texts("documentIds"), leads, joints, supports,
                    score, previous == null ? null : previous.year(), previous == null ? null : score - previous.score(),
                    changes);
            years.add(year);
            previous = year;
        }
        return years;
    }

    private static void change(List<String> changes, String what, int before, int after, int previousYear) {
        if (before != after) {
            changes.add(String.format(Locale.ROOT, "%s %d task(s), %s %d in %d", what, after,
                    after > before ? "up from" : "down from", before, previousYear));
        }
    }
}
