package org.skycrane.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in real headless Chromium, against a server on a free port. */
@EnabledIf("browserInstalled")
class DashboardBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static DashboardServer server;
    private static WebDriver driver;
    private static String base;

    static boolean browserInstalled() {
        return new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute();
    }

    @BeforeAll
    static void open() throws Exception {
        Path dir = Files.createTempDirectory("skycrane-web");
        server = new DashboardServer(dir, 2, 1).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    @Test
    void runsMars2020AndMakesNoForeignRequest() throws Exception {
        driver.get(base + "/");
        waiting(20).until(d -> d.findElement(By.id("yaml")).getDomProperty("value").contains("planet"));
        driver.findElement(By.id("run-btn")).click();
        waiting(90).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline tbody tr")));
        waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plot-alt-speed .main-svg")));
        assertThat(driver.findElement(By.cssSelector("#timeline tbody")).getText()).contains("ENTRY_INTERFACE");
        scrollTo("run");
        shot("run.png");
        // mission control: the clock starts at entry interface as Earth received it (from summary.json's ert_utc)
        driver.findElement(By.id("mc-play10")).click();
        waiting(10).until(d -> d.findElement(By.id("callouts")).getText().contains("ENTRY_INTERFACE"));
        assertThat(driver.findElement(By.id("ert-clock")).getText()).startsWith("2021-02-18T20:4");

        List<String> foreign = new ArrayList<>();
        Pattern url = Pattern.compile("\"request\":\\{[^}]*?\"url\":\"([^\"]+)\"");
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            if (e.getMessage().contains("Network.requestWillBeSent")) {
                Matcher m = url.matcher(e.getMessage());
                while (m.find()) {
                    String u = m.group(1);
                    if (!u.startsWith(base + "/") && !u.startsWith("data:") && !u.startsWith("blob:")) {
                        foreign.add(u);
                    }
                }
            }
        }
        assertThat(foreign).isEmpty();
    }

    @Test
    void anInvalidEditShowsTheFieldErrorAndRunsNothing() {
        driver.get(base + "/");
        waiting(20).until(d -> d.findElement(By.id("yaml")).getDomProperty("value").contains("planet"));
        var yaml = driver.findElement(By.id("yaml"));
        yaml.clear();
        yaml.sendKeys("name: broken\n");
        driver.findElement(By.id("run-btn")).click();
        waiting(20).until(d -> !d.findElement(By.id("field-error")).getText().isEmpty());
        assertThat(driver.findElement(By.id("field-error")).getText()).startsWith("planet:");
        assertThat(driver.findElement(By.id("run-state")).getText()).isEmpty();
    }

    @Test
    void aFiftyCaseCampaignFinishesWithItsScatter() throws Exception {
        driver.get(base + "/");
        waiting(20).until(d -> d.findElement(By.id("yaml")).getDomProperty("value").contains("planet"));
        driver.findElement(By.id("mc-start")).click();
        waiting(150).until(d -> d.findElement(By.id("mc-progress")).getText().contains("DONE"));
        assertThat(driver.findElement(By.id("mc-progress")).getText()).contains("50 of 50");
        waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plot-scatter .main-svg")));
        scrollTo("montecarlo");
        shot("montecarlo.png");
    }
}
