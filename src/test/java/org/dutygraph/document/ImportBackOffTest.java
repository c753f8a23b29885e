package org.dutygraph.document;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An import waiting to retry whose request is abandoned ends as an expected, retryable refusal, not a fault. */
@DisplayName("An import's wait before a retry")
class ImportBackOffTest {

    @Test
    void interrupted_it_ends_the_import_with_a_plain_message_and_no_stack_trace() {
        Thread.currentThread().interrupt();
        try {
            DocumentImporter.ImportAbandonedException e = catchThrowableOfType(
                    DocumentImporter.ImportAbandonedException.class, () -> DocumentImporter.backOff(1));

            assertThat(e.getMessage()).isEqualTo("the import was abandoned while it waited for concurrent imports; "
                    + "nothing of it was written, try again");
            assertThat(e.getStackTrace()).isEmpty();
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
