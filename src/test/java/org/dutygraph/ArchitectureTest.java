package org.dutygraph;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of the code base (README, "Layout"): packages depend one way, the reading of documents is pure,
 * and the Neo4j driver's types stay at the database edge. Checked on the compiled main classes.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dutygraph");

    /**
     * Which packages each package may use, top to bottom. The GraphQL edge ({@code api}) sees the features; features
     * see the graph model and the pure packages below them; nothing below sees what is above it.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("", Set.of("settings", "database")),
            Map.entry("api", Set.of("access", "settings", "genre", "model", "parser", "department", "document")),
            Map.entry("reports", Set.of("analysis", "explorer", "model", "portfolio")),
            Map.entry("portfolio", Set.of("model", "cypher")),
            Map.entry("explorer", Set.of("analysis", "model", "cypher", "portfolio")),
            Map.entry("comparison", Set.of("analysis", "model", "cypher", "similarity", "portfolio")),
            Map.entry("analysis", Set.of("department", "model", "cypher", "similarity", "portfolio")),
            Map.entry("task", Set.of("department", "model")),
            Map.entry("lineage", Set.of("model", "cypher", "similarity")),
            Map.entry("document", Set.of("access", "model", "cypher", "parser", "genre", "similarity", "settings",
                    "lineage")),
            Map.entry("department", Set.of("model", "parser")),
            Map.entry("access", Set.of("settings")),
            Map.entry("database", Set.of("cypher", "settings")),
            Map.entry("model", Set.of("cypher")),
            Map.entry("parser", Set.of("genre", "model", "similarity")),
            Map.entry("similarity", Set.of("genre")),
            Map.entry("genre", Set.of("model")),
            Map.entry("cypher", Set.of()),
            Map.entry("settings", Set.of()));

    @Test
    void packages_depend_only_in_the_directions_the_readme_draws() {
        Set<String> violations = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String from = feature(c.getPackageName());
            assertThat(ALLOWED).as("package rules for %s", c.getPackageName()).containsKey(from);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (!target.startsWith("org.dutygraph")) {
                    continue;
                }
                String to = feature(target);
                if (!to.equals(from) && !ALLOWED.get(from).contains(to)) {
                    violations.add(from + " -> " + to + ": " + d.getDescription());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void the_packages_form_no_cycle() {
        slices().matching("org.dutygraph.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void only_the_cypher_and_database_packages_see_the_neo4j_driver() {
        noClasses().that().resideOutsideOfPackages("org.dutygraph.cypher..", "org.dutygraph.database..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..", "org.neo4j.graphdb..",
                        "org.neo4j.dbms..", "org.neo4j.configuration..")
                .check(CLASSES);
    }

    /** jsoup reads HTML into text in memory: a pure function too. */
    @Test
    void reading_documents_is_pure_it_knows_no_framework_no_database_and_only_the_models_vocabulary() {
        DescribedPredicate<JavaClass> vocabulary = DescribedPredicate.describe("the graph model's records and enums",
                c -> c.getPackageName().equals("org.dutygraph.model") && (c.isRecord() || c.isEnum()
                        || c.getEnclosingClass().map(e -> e.isRecord() || e.isEnum()).orElse(false)));
        classes().that().resideInAnyPackage("org.dutygraph.parser..", "org.dutygraph.genre..", "org.dutygraph.similarity..")
                .should().onlyDependOnClassesThat(DescribedPredicate.or(
                        JavaClass.Predicates.resideInAnyPackage("java..", "org.jsoup..", "org.dutygraph.parser..",
                                "org.dutygraph.genre..", "org.dutygraph.similarity.."),
                        vocabulary))
                .check(CLASSES);
    }

    @Test
    void the_graph_model_serves_no_requests_and_its_records_are_plain() {
        noClasses().that().resideInAPackage("org.dutygraph.model")
                .should().beAnnotatedWith(org.springframework.stereotype.Controller.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.graphql..",
                        "org.springframework.web..")
                .check(CLASSES);
        classes().that().resideInAPackage("org.dutygraph.model").and().areRecords()
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.dutygraph.model..")
                .check(CLASSES);
    }

    /** A class past ~250 lines says why in its first comment, in a paragraph starting {@code <p>Size:}. */
    @Test
    void a_class_over_250_lines_gives_the_reason_in_its_first_comment() throws java.io.IOException {
        java.nio.file.Path sources = java.nio.file.Path.of("src", "main", "java");
        Set<String> unexplained = new TreeSet<>();
        try (var files = java.nio.file.Files.walk(sources)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = java.nio.file.Files.readString(file);
                long lines = text.lines().count();
                int firstComment = text.indexOf("/**");
                String comment = firstComment < 0 ? "" : text.substring(firstComment, text.indexOf("*/", firstComment));
                if (lines > 250 && !comment.contains("<p>Size:")) {
                    unexplained.add(sources.relativize(file) + " (" + lines + " lines)");
                }
            }
        }
        assertThat(unexplained).isEmpty();
    }

    private static String feature(String packageName) {
        String rest = packageName.equals("org.dutygraph") ? "" : packageName.substring("org.dutygraph.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
