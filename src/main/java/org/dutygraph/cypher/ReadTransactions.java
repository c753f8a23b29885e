package org.dutygraph.cypher;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Runs a piece of reading in one read-only transaction: every statement of an answer sees the same version of the
 * graph (an import committing in between cannot mix two versions into one answer), and a cluster can route it to a
 * reader. Analyses are also {@code @Transactional(readOnly = true)} themselves; this is for a request that reads
 * around them too (which document, then its analysis).
 */
@Component
public class ReadTransactions {

    private final TransactionTemplate template;

    public ReadTransactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        this.template.setReadOnly(true);
    }

    public <T> T read(Supplier<T> reading) {
        return template.execute(status -> reading.get());
    }
}
