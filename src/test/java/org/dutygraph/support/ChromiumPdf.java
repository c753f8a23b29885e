package org.dutygraph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * PDFs as offices make them: an HTML page printed by the machine's Chromium (Debian's chromium, which .ci/run
 * installs), with its Noto CJK fonts embedded. PDFBox cannot embed those CFF-based fonts itself.
 */
public final class ChromiumPdf {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private ChromiumPdf() {
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM);
    }

    /**
     * The PDF of a whole HTML page. Without Chromium the calling test is skipped with the reason, except in CI,
     * which must run every PDF test (.ci/run installs Chromium): there it fails.
     */
    public static byte[] print(String html) throws IOException, InterruptedException {
        if (!installed() && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the PDF tests: install Debian's chromium and fonts-noto-cjk");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed(), "Debian's chromium is not installed: PDF test skipped");
        Path dir = Files.createTempDirectory("dutygraph-pdf");
        try {
            Path page = Files.writeString(dir.resolve("page.html"), html);
            Path pdf = dir.resolve("page.pdf");
            Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + pdf,
                    page.toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile())
                    .start();
            if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
                throw new IllegalStateException("chromium did not print the PDF within 120 s");
            }
            return Files.readAllBytes(pdf);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
