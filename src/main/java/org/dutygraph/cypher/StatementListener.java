package org.dutygraph.cypher;

/**
 * Told of every named statement {@link CypherClient} runs, before it runs: which file, and in which transaction. For
 * operators' and tests' eyes (how many statements a request costs, whether an analysis reads in one read
 * transaction); none is registered by default.
 */
public interface StatementListener {

    /**
     * @param name        the query's name (analysis/department-load)
     * @param transaction an identity of the Spring-managed transaction it joins, or null when it runs in one of its own
     * @param readOnly    whether that transaction is read-only (routed to readers in a cluster)
     */
    void ran(String name, Object transaction, boolean readOnly);
}
