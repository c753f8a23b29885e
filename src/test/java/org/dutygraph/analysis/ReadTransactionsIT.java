package org.dutygraph.analysis;

import org.dutygraph.support.HttpJson;
import org.dutygraph.support.ServiceIT;
import org.dutygraph.support.StatementRecorder.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    /** Before: 11 statements, two of them whole-document analyses (similar-tasks, document-targets) filtered in Java. */
    @Test
    void an_overlap_reads_the_two_departments_only() {
        List<Statement> ran = statements.during(() -> tester().documentName("reads/overlap").execute().path("overlap.score").hasValue());
        assertThat(ran).extracting(Statement::name).containsExactly("document/document-exists", "department/by-name",
                "department/by-name", "analysis/overlap-duplicates", "analysis/overlap-tasks", "analysis/overlap-targets",
                "department/by-ids", "analysis/overlap-namings");
    }
}
