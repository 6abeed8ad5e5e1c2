package org.talentchain.web.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's Chromium, headless, driven by Playwright for Java. Playwright's own browser download is
 * never used: the build machine has {@code /usr/bin/chromium} (installed by {@code .ci/run}).
 */
final class BrowserSession implements AutoCloseable {
  static final Path CHROMIUM =
      Path.of(
          System.getProperty(
              "chromium.path", System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")));
  private final Playwright playwright;
  private final Browser browser;

  private BrowserSession(List<String> extraArgs) {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "Chromium not found at " + CHROMIUM + ": install Debian's chromium (see .ci/run)");
    }
    playwright = Playwright.create();
    List<String> args =
        new ArrayList<>(
            List.of(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run"));
    args.addAll(extraArgs);
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(args));
  }

  static BrowserSession start() {
    return new BrowserSession(List.of());
  }

  /** A browser whose camera shows {@code video} (a .y4m or .mjpeg file) in a loop. */
  static BrowserSession withFakeCamera(Path video) {
    return new BrowserSession(
        List.of(
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));
  }

  /** A fresh page whose browser asks for {@code acceptLanguage} first. */
  Page newPage(String acceptLanguage) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale(acceptLanguage)
                .setViewportSize(1366, 900)
                .setDeviceScaleFactor(1));
    return context.newPage();
  }

  static Path screenshotDir() {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return dir;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
