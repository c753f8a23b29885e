package org.dutygraph.document;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The default dataset shipped in the jar: 《2021年钟楼区深入打好污染防治攻坚战各有关部门目标责任书》, as scraped. */
public final class SeedDocument {

    public static final String RESOURCE = "seed/zhonglou-2021.txt";

    private SeedDocument() {
    }

    public static String text() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the seed document " + RESOURCE + " is missing from the jar", e);
        }
    }
}
