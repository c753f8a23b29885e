package org.dutygraph.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hand-labelled role triples of one document (src/test/resources/corpus-truth, format in its README) and the score
 * of a parse against them: precision, recall and F1 of (task label path, unit, role) triples. Units are compared by
 * name after the truth's {@code =name} groups, with a leading level prefix (区/市/省/县) ignored on either side; the
 * parser's aliases of a department count as its names.
 */
record RoleTruth(String name, Set<String> triples, Map<String, String> headOf, Set<String> organisations) {

    record Score(int truth, int found, int correct, Set<String> missed, Set<String> extra) {
        double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        double recall() {
            return truth == 0 ? 0 : (double) correct / truth;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static RoleTruth load(String name) {
        try (InputStream in = RoleTruth.class.getResourceAsStream("/corpus-truth/" + name + ".tsv")) {
            if (in == null) {
                throw new IllegalArgumentException("no truth file for " + name);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static RoleTruth parse(String name, String text) {
        Map<String, String> headOf = new LinkedHashMap<>();
        Set<String> organisations = new LinkedHashSet<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells[0].equals("=name")) {
                for (int i = 1; i < cells.length; i++) {
                    headOf.put(bare(cells[i].strip()), bare(cells[1].strip()));
                }
            } else if (cells[0].equals("=org")) {
                organisations.add(cells[1].strip());
            } else if (cells.length >= 3) {
                rows.add(cells);
            }
        }
        Set<String> triples = new LinkedHashSet<>();
        for (String[] r : rows) {
            triples.add(r[0].strip() + "\t" + head(headOf, r[1].strip()) + "\t" + r[2].strip());
        }
        return new RoleTruth(name, triples, headOf, organisations);
    }

    /** The parse's triples in the truth's terms. */
    Set<String> triplesOf(ParsedDocument doc) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (ParsedDepartment d : doc.departments()) {
            List<String> all = new ArrayList<>(List.of(d.name()));
            all.addAll(d.aliases());
            names.put(d.name(), all);
        }
        Set<String> truthUnits = new LinkedHashSet<>();
        triples.forEach(t -> truthUnits.add(t.split("\t")[1]));
        Set<String> found = new LinkedHashSet<>();
        for (ParsedTask c : doc.tasks()) {
            for (ParsedParticipation p : c.participants()) {
                String unit = head(headOf, p.department());
                for (String form : names.getOrDefault(p.department(), List.of(p.department()))) {
                    String h = head(headOf, form);
                    if (truthUnits.contains(h)) {
                        unit = h;
                        break;
                    }
                }
                found.add(c.path() + "\t" + unit + "\t" + p.role());
            }
        }
        return found;
    }

    Score score(ParsedDocument doc) {
        Set<String> found = triplesOf(doc);
        Set<String> missed = new TreeSet<>(triples);
        missed.removeAll(found);
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(triples);
        int correct = triples.size() - missed.size();
        return new Score(triples.size(), found.size(), correct, missed, extra);
    }

    private static String head(Map<String, String> headOf, String name) {
        String b = bare(name);
        return headOf.getOrDefault(b, b);
    }

    /** The name without a leading level prefix: 区经济发展局 and 经济发展局 compare equal. */
    static String bare(String name) {
        return name.matches("^[区市省县](?!场|域|级|直).{2,}") ? name.substring(1) : name;
    }
}
