package org.sitrep.app.server;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless through its own ChromeDriver: no browser download, no network. The
 * binaries can be moved with {@code -Dsitrep.chromium=...} and {@code -Dsitrep.chromedriver=...}.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path screenshots;

    Browser(Path profile, Path screenshots) {
        String chromium = System.getProperty("sitrep.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("sitrep.chromedriver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            throw new IllegalStateException("browser tests need Chromium and ChromeDriver at " + chromium + " and "
                    + chromedriver + " (Debian: apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1100");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        this.screenshots = screenshots;
    }

    ChromeDriver driver() {
        return driver;
    }

    Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    long count(String selector) {
        return ((Number) script("return document.querySelectorAll(arguments[0]).length", selector)).longValue();
    }

    /** Polls until the condition holds, or fails saying what it waited for. */
    static void waitFor(String what, Duration limit, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!Boolean.TRUE.equals(condition.get())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    /** Takes a screenshot, keeps it under {@code target/screenshots} and measures it. */
    Picture screenshot(String name) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(name + ".png"), png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return Picture.of(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a screenshot holds: the share of pixels that differ from its most common colour, and how many
     * colours it has (in steps of 8 per channel). A blank page has one colour and nothing else.
     */
    record Picture(int width, int height, double inked, int colours) {

        static Picture of(BufferedImage image) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    counts.merge(image.getRGB(x, y) & 0xF8F8F8, 1, Integer::sum);
                }
            }
            int total = image.getWidth() * image.getHeight();
            int background = counts.values().stream().mapToInt(Integer::intValue).max().orElse(total);
            return new Picture(image.getWidth(), image.getHeight(), 1.0 - (double) background / total, counts.size());
        }

        boolean looksDrawn() {
            return inked > 0.10 && colours > 40;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
