package org.dutygraph.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The small documents written for the tests, in src/test/resources/documents/. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static String text(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
