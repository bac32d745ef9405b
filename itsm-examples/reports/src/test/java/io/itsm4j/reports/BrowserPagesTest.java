package io.itsm4j.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The rendered pages in a real browser: headless Chromium opens each page from a file, the console stays free of
 * errors, the charts are drawn with their points, limits and labels, and a screenshot is kept under {@code
 * target/browser}.
 *
 * <p>It needs Chromium and its driver (Debian's {@code chromium} and {@code chromium-driver}; other paths through
 * {@code CHROME_BIN} and {@code CHROMEDRIVER}). Without them the test is skipped, saying so; with the system property
 * {@code itsm4j.browser.required=true} (as CI runs it) their absence is a failure instead.
 */
class BrowserPagesTest {
  private static final Path OUT = Path.of("target", "browser");
  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    Path chrome = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    boolean present = Files.isExecutable(chrome) && Files.isExecutable(chromedriver);
    String why = "no Chromium at " + chrome + " or no driver at " + chromedriver
        + " (install Debian's chromium and chromium-driver, or set CHROME_BIN and CHROMEDRIVER)";
    if (!present && Boolean.getBoolean("itsm4j.browser.required")) {
      throw new IllegalStateException("the browser test is required here, but there is " + why);
    }
    Assumptions.assumeTrue(present, "Skipped: " + why);
    ChromeOptions options = new ChromeOptions().setBinary(chrome.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--window-size=1280,2400", "--allow-file-access-from-files",
            // The pages load nothing from elsewhere; nor should the browser (a closed network refuses it anyway).
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--user-data-dir=" + Files.createTempDirectory("itsm4j-chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
        .build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(OUT);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void open(String name, String html) throws IOException {
    Path page = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(page, html);
    driver.get(page.toUri().toString());
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(errors).as("console errors").isEmpty();
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, OUT.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(OUT.resolve(name + ".png"))).isPositive();
  }

  @Test
  void the_management_review_draws_its_control_charts_signals_and_labels() throws IOException {
    open("management-review", ManagementReviewRenderer.create().html(ManagementReviews.review("Mail was down twice")));
    List<WebElement> charts = driver.findElements(By.cssSelector("svg.control-chart"));
    assertThat(charts).hasSize(3);
    for (WebElement chart : charts) {
      assertThat(chart.findElements(By.cssSelector("circle"))).hasSize(6);
      assertThat(chart.findElements(By.cssSelector("line.limit"))).hasSize(2);
      assertThat(chart.findElements(By.cssSelector("polyline.series"))).hasSize(1);
      assertThat(chart.getSize().getWidth()).isEqualTo(600);
    }
    List<WebElement> signals = driver.findElements(By.cssSelector("svg.control-chart circle.signal"));
    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).findElement(By.tagName("title")).getAttribute("textContent"))
        .isEqualTo("2026-06-01: 45.0");
    // The signalled point lies above the upper limit on screen (smaller y).
    WebElement backlogChart = charts.get(1);
    double limitY = Double.parseDouble(backlogChart.findElements(By.cssSelector("line.limit")).get(0)
        .getAttribute("y1"));
    assertThat(Double.parseDouble(signals.get(0).getAttribute("cy"))).isLessThan(limitY);
    assertThat(driver.findElement(By.cssSelector("ul.signals")).getText()).contains("rule 1 (one point beyond 3 sigma)");
    assertThat(driver.findElements(By.cssSelector("svg.targets rect[fill='#c62828']"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("svg.backlog-chart rect.backlog"))).hasSize(6);
    assertThat(driver.findElements(By.cssSelector("svg.csat-chart circle"))).hasSize(6);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Management review: acme");
    Map<String, Object> size = Map.of("w", driver.executeScript("return document.body.scrollWidth;"));
    assertThat(((Number) size.get("w")).intValue()).isLessThanOrEqualTo(1280);
  }

  @Test
  void the_service_review_draws_its_target_bars() throws IOException {
    open("service-review", ServiceReviewRenderer.create().html(ServiceReviewRendererTest.review("disk full")));
    assertThat(driver.findElements(By.cssSelector("svg rect[height='20']"))).hasSize(6);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Service review: email with retail");
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("At least one agreed target was missed.");
  }
}
