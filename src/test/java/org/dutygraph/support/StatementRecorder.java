package org.dutygraph.support;

import org.dutygraph.cypher.StatementListener;
import org.springframework.boot.test.context.TestComponent;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the named statements the service runs while a test asks for it ({@link #during}): which file, in which
 * transaction, read-only or not. The service's own hook ({@link StatementListener}); the statements run for real.
 */
@TestComponent
public class StatementRecorder implements StatementListener {

    /** One statement as it ran. */
    public record Statement(String name, Object transaction, boolean readOnly) {
    }

    private final List<Statement> recorded = new ArrayList<>();
    private boolean recording;

    @Override
    public synchronized void ran(String name, Object transaction, boolean readOnly) {
        if (recording) {
            recorded.add(new Statement(name, transaction, readOnly));
        }
    }

    /** The statements run while {@code work} ran (tests run one at a time, so they are its). */
    public List<Statement> during(Runnable work) {
        synchronized (this) {
            recorded.clear();
            recording = true;
        }
        try {
            work.run();
        } finally {
            synchronized (this) {
                recording = false;
            }
        }
        synchronized (this) {
            return List.copyOf(recorded);
        }
    }
}
