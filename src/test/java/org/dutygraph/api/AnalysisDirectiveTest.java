package org.dutygraph.api;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema marks every whole-document computation {@code @analysis}, which the complexity limit weighs
 * ({@link GraphQlLimits}): the mark is the one list of analyses, not a set of names kept beside the schema.
 */
class AnalysisDirectiveTest {

    @Test
    void every_analysis_and_nothing_else_is_marked_in_the_schema() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("graphql"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        List<FieldDefinition> queryFields = new ArrayList<>(registry.getType("Query", ObjectTypeDefinition.class)
                .orElseThrow().getFieldDefinitions());
        registry.objectTypeExtensions().getOrDefault("Query", List.of())
                .forEach((ObjectTypeExtensionDefinition e) -> queryFields.addAll(e.getFieldDefinitions()));

        List<String> marked = queryFields.stream().filter(f -> f.hasDirective(GraphQlLimits.ANALYSIS_DIRECTIVE))
                .map(FieldDefinition::getName).sorted().toList();

        assertThat(marked).containsExactly("bottlenecks", "collaborationGraph", "compareDocuments", "duplicateTasks",
                "loadBalance", "loadOverYears", "oneSidedCommitments", "overlap", "sharedTargets");
    }
}
