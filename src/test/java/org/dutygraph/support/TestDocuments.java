package org.dutygraph.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The small documents written for the tests, in src/test/resources/documents/. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static String text(String name) {
        return resource("/documents/" + name);
    }

    /** A UTF-8 text on the test class path ({@code /seed/zhonglou-2021.txt}). */
    public static String resource(String path) {
        try (InputStream in = TestDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test document " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
