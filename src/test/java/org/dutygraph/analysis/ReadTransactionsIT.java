package org.dutygraph.analysis;

import org.dutygraph.support.HttpJson;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.StatementRecorder.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each analysis answers from one version of the graph: every statement it runs joins one read-only transaction, so an
 * import committing meanwhile cannot mix two versions into one answer, and a cluster may route it to a reader.
 */
@DisplayName("Analyses read in one read transaction")
class ReadTransactionsIT extends ServiceIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"loadBalance", "bottlenecks", "duplicateTasks", "overlap", "sharedTargets",
            "oneSidedCommitments", "collaborationGraph", "latestLoadBalance", "compareDocuments", "scopedDuplicateTasks",
            "scopedCollaborationGraph", "loadOverYears", "compareScopes"})
    void every_statement_of_the_analysis_joins_one_read_only_transaction(String operation) {
        List<Statement> ran = statements.during(() -> tester().documentName("reads/" + operation).execute().path("").hasValue());
        assertThat(ran).as("statements of %s", operation).isNotEmpty();
        assertThat(ran).as("read-only").allMatch(Statement::readOnly);
        assertThat(ran.stream().map(Statement::transaction).distinct().toList()).as("transactions")
                .hasSize(1).allMatch(Objects::nonNull);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"load", "duplicates", "department-pairs", "shared-targets", "commitments"})
    void a_report_reads_in_one_read_only_transaction_too(String report) {
        List<Statement> ran = statements.during(() -> assertThat(
                HttpJson.get(port, "/reports/" + report + ".csv?documentId=" + SEED).statusCode()).isEqualTo(200));
        List<Statement> scoped = statements.during(() -> assertThat(
                HttpJson.get(port, "/reports/" + report + ".csv?year=2021").statusCode()).isEqualTo(200));
        assertThat(scoped).as("over a scope").isNotEmpty().allMatch(Statement::readOnly);
        assertThat(scoped.stream().map(Statement::transaction).distinct().toList()).hasSize(1).allMatch(Objects::nonNull);
        assertThat(ran).isNotEmpty().allMatch(Statement::readOnly);
        assertThat(ran.stream().map(Statement::transaction).distinct().toList()).hasSize(1).allMatch(Objects::nonNull);
    }

    /** Before: the document check (or the latest document's lookup) first, and the departments and tasks looked up after. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"loadBalance, analysis/department-load", "latestLoadBalance, analysis/department-load",
            "duplicateTasks, analysis/similar-tasks", "sharedTargets, analysis/document-targets",
            "oneSidedCommitments, analysis/one-sided-commitments"})
    void an_analysis_of_one_document_is_one_statement_that_finds_the_document_itself(String operation, String statement) {
        List<Statement> ran = statements.during(() -> tester().documentName("reads/" + operation).execute().path("").hasValue());
        assertThat(ran).extracting(Statement::name).containsExactly(statement);
    }

    /** The statement that finds the document also says it is not there: the same refusal as the check before it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"loadBalance { gini }", "bottlenecks { score }", "duplicateTasks { id }",
            "sharedTargets { subject }", "oneSidedCommitments { kind }"})
    void an_unknown_document_is_refused_by_name(String field) {
        String name = field.substring(0, field.indexOf(' '));
        String query = "{ " + name + "(documentId: \"no-such-document\")" + field.substring(field.indexOf(' ')) + " }";
        var answer = graphql().execute(query, java.util.Map.of());
        assertThat(answer.<String>read("$.errors[0].message")).isEqualTo("unknown document 'no-such-document'");
        assertThat(answer.<String>read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
        assertThat(answer.<Object>read("$.data")).as("a non-null field refused: no data").isNull();
    }

    /** The claims are read for the departments the ranking answers, which only the ranking (in Java) knows. */
    @Test
    void the_bottlenecks_of_one_document_read_the_network_with_the_document_then_the_answer() {
        List<Statement> ran = statements.during(() -> tester().documentName("reads/bottlenecks").execute().path("bottlenecks").hasValue());
        assertThat(ran).extracting(Statement::name).containsExactly("analysis/collaboration-network",
                "analysis/department-dependence", "analysis/department-claims", "department/by-ids");
    }

    /** Before: 11 statements, two of them whole-document analyses (similar-tasks, document-targets) filtered in Java. */
    @Test
    void an_overlap_reads_the_two_departments_only() {
        List<Statement> ran = statements.during(() -> tester().documentName("reads/overlap").execute().path("overlap.score").hasValue());
        assertThat(ran).extracting(Statement::name).containsExactly("document/document-exists", "department/by-name",
                "department/by-name", "analysis/overlap-duplicates", "analysis/overlap-tasks", "analysis/overlap-targets",
                "department/by-ids", "analysis/overlap-namings");
    }
}
