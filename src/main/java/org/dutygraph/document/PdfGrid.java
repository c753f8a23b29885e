package org.dutygraph.document;

import org.dutygraph.document.PdfPages.Line;
import org.dutygraph.document.PdfPages.Page;
import org.dutygraph.document.PdfPages.Rule;

import java.util.ArrayList;
import java.util.List;

import static org.dutygraph.document.PdfPages.TOLERANCE;

/** Where a table's ruled grid runs on a page, top to bottom, as its vertical or horizontal rules draw it. */
final class PdfGrid {

    private PdfGrid() {
    }

    /**
     * The stretch of {@code page}, top to bottom, that the table's ruled grid covers, starting at line {@code from}:
     * the reach of the vertical rules between its columns where there are such, else the run of horizontal rules
     * from the one above that line down to running text; null if unruled. The third value is 1 when the table
     * may run on below the grid without rules (horizontal rules only, none below the last).
     */
    static float[] find(PdfColumns columns, Page page, List<Line> lines, int from) {
        Line first = lines.get(from);
        List<Rule> columnRules = page.vertical().stream().filter(v -> columns.isBound(v.at())).toList();
        if (!columnRules.isEmpty()) {
            float top = (float) columnRules.stream().mapToDouble(Rule::from).min().orElseThrow();
            float bottom = (float) columnRules.stream().mapToDouble(Rule::to).max().orElseThrow();
            if (first.y() > top && first.y() < bottom) {
                return new float[]{top, bottom, 0};
            }
        }
        List<Float> ys = distinct(columns.rules(page).stream().map(Rule::at).sorted().toList());
        int top = -1;
        for (int k = 0; k < ys.size(); k++) {
            if (ys.get(k) < first.y()) {
                top = k;
            }
        }
        if (top < 0 || top == ys.size() - 1) {
            return null;
        }
        // rules drawn across the table without rules between its columns (a three-line table, or rules under
        // each row): the table goes down rule by rule until running text stands between two rules
        int bottom = top + 1;
        while (bottom + 1 < ys.size()) {
            float above = ys.get(bottom), below = ys.get(bottom + 1);
            if (lines.stream().anyMatch(l -> l.y() > above && l.y() < below && columns.isParagraph(l))) {
                break;
            }
            bottom++;
        }
        // no rule below the last: the table may go on without rules (a three-line table cut by the page)
        return new float[]{ys.get(top), ys.get(bottom), bottom == ys.size() - 1 ? 1 : 0};
    }

    /** The positions of {@code sorted}, those within the tolerance of the one before dropped. */
    static List<Float> distinct(List<Float> sorted) {
        List<Float> out = new ArrayList<>();
        for (float y : sorted) {
            if (out.isEmpty() || y - out.getLast() > TOLERANCE) {
                out.add(y);
            }
        }
        return out;
    }
}
