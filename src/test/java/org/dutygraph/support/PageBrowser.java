package org.dutygraph.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The page's tests' browser: Debian's headless Chromium (chromium and chromium-driver, which .ci/run installs) at
 * 1280×800, with what those tests do in it (scripts, a real click on a graph node, screenshots to target/screenshots/).
 * Without a Chromium on the machine the test is skipped, except under CI, where it must run.
 */
public final class PageBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private PageBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh browser with an empty profile; skips the calling test when Chromium is not installed (outside CI). */
    public static PageBrowser start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the browser tests: install Debian's chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
        Path profile = Files.createTempDirectory("dutygraph-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 800));
        return new PageBrowser(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Runs a script in the page, with its arguments as {@code arguments[i]}. */
    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Waits up to {@code seconds} until {@code condition} holds (is true or non-null). */
    public <T> T await(int seconds, Function<ChromeDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(d -> condition.apply((ChromeDriver) d));
    }

    /**
     * A real click on a department's position in a Cytoscape canvas: the node labelled {@code label} (a box, such as
     * a jurisdiction's, is not a department) of the instance {@code window.dutygraph[graph]} drawn in {@code containerId}.
     */
    @SuppressWarnings("unchecked")
    public void clickNode(String graph, String containerId, String label) {
        Map<String, Number> at = (Map<String, Number>) js("const n = window.dutygraph[arguments[0]].nodes()"
                + ".filter(n => !n.isParent() && n.data('label') === arguments[1])[0]; return n.renderedPosition();", graph, label);
        WebElement container = driver.findElement(By.id(containerId));
        int dx = (int) Math.round(at.get("x").doubleValue() - container.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - container.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(container, dx, dy).click().perform();
    }

    /** The page as it looks now, as target/screenshots/{@code name}. */
    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
