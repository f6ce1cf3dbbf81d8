package org.skycrane.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skycrane.cli.Main;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The dashboard in real headless Chromium, against a server on a free port. */
@EnabledIf("browserInstalled")
class DashboardBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static DashboardServer server;
    private static WebDriver driver;
    private static String base;
    private static final List<String> REQUESTED = new ArrayList<>();

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
                "--disable-dev-shm-usage", "--window-size=1400,1600",
                "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
                // no host but the loopback resolves: the page and its workers work as if offline
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
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
        js("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /** Every URL the browser has requested since it started (Chromium's performance log, drained as read). */
    private static List<String> requests() {
        ObjectMapper json = new ObjectMapper();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode m = json.readTree(e.getMessage()).path("message");
            if (m.path("method").asString("").equals("Network.requestWillBeSent")) {
                REQUESTED.add(m.path("params").path("request").path("url").asString());
            }
        }
        return REQUESTED;
    }

    /** No request so far went to any host but the server; returns them all (some hundreds, so not vacuous). */
    private static List<String> assertNoForeignRequest() {
        List<String> all = requests();
        // every network scheme; the browser's own pages (chrome://, chrome-untrusted://new-tab-page at its
        // start), data: and blob: URLs are not the network
        assertThat(all.stream().filter(u -> u.matches("(?i)(https?|wss?|ftp)://.*") && !u.startsWith(base + "/")))
                .as("requests to other hosts").isEmpty();
        return all;
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until the globe shown in {@code id} has drawn every tile it needs (Cesium's tilesLoaded). */
    private static void waitForGlobe(String id, String viewer) {
        waiting(60).until(d -> d.findElement(By.id(id)).getDomAttribute("data-shown") != null);
        waiting(60).until(d -> Boolean.TRUE.equals(js("const v = Globe." + viewer + "();"
                + " v.scene.requestRender(); return v.scene.globe.tilesLoaded;")));
    }

    @Test
    void runsMars2020AndMakesNoForeignRequest() throws Exception {
        driver.get(base + "/");
        waiting(20).until(d -> d.findElement(By.id("yaml")).getDomProperty("value").contains("planet"));
        driver.findElement(By.id("run-btn")).click();
        waiting(90).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline tbody tr")));
        waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plot-alt-speed .main-svg")));
        assertThat(driver.findElement(By.cssSelector("#timeline tbody")).getText()).contains("ENTRY_INTERFACE");
        timelineEqualsTheCliSummary();
        for (String plot : List.of("plot-bank", "plot-decel", "plot-heat", "plot-nav")) {
            waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + plot + " .main-svg")));
        }
        // the globe: Mars ellipsoid, every tile drawn, the track's cyan on the canvas, markers for events,
        // the jettisoned bodies' impacts and the target
        waitForGlobe("globe-run", "run");
        // Cesium's Mars: IAU 2000 radii 3396.19 km equatorial, 3376.20 km polar (the scenario's ellipsoid)
        assertThat(((Number) js("return Cesium.Ellipsoid.default.radii.x;")).doubleValue()).isEqualTo(3_396_190.0);
        assertThat(((Number) js("return Cesium.Ellipsoid.default.radii.z;")).doubleValue()).isEqualTo(3_376_200.0);
        assertThat(((Number) js("return Globe.share(Globe.run(), '#00e5ff');")).doubleValue()).isGreaterThan(1e-4);
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js("return Globe.run().entities.values.map(e => e.name);");
        assertThat(names).contains("entry track", "ENTRY_INTERFACE", "TOUCHDOWN", "target", "impact: heat_shield",
                "impact: backshell", "impact: descent_stage");
        scrollTo("run");
        shot("run.png");
        // mission control: the clock starts at entry interface as Earth received it (from summary.json's ert_utc)
        driver.findElement(By.id("mc-play10")).click();
        waiting(10).until(d -> d.findElement(By.id("callouts")).getText().contains("ENTRY_INTERFACE"));
        assertThat(driver.findElement(By.id("ert-clock")).getText()).startsWith("2021-02-18T20:4");
        driver.findElement(By.id("mc-play60")).click();
        waiting(20).until(d -> d.findElement(By.id("callouts")).getText().contains("HEAT_SHIELD_SEPARATION"));
        assertThat(driver.findElement(By.id("mc-dte")).getText()).isEqualTo("in view");
        // 682.26 s in summary.json; NASA gave 11 min 22 s for Perseverance on 18 February 2021
        assertThat(driver.findElement(By.id("mc-light")).getText()).isEqualTo("11 min 22 s");
        scrollTo("mission");
        shot("mission-control.png");

        List<String> local = assertNoForeignRequest();
        assertThat(local).filteredOn(u -> u.startsWith(base + "/api/")).isNotEmpty();
        // the globe came from the vendored CesiumJS: its script and its assets, from this server (its web
        // workers' own requests are not in the page's log; the resolver rule above keeps them local too)
        assertThat(local).anyMatch(u -> u.equals(base + "/vendor/cesium/Cesium.js"))
                .anyMatch(u -> u.startsWith(base + "/vendor/cesium/Assets/"));
    }

    /** The dashboard's timeline equals the command line's summary.json for the same scenario (to its 2 decimals). */
    private static void timelineEqualsTheCliSummary() throws Exception {
        Path cli = Files.createTempDirectory("skycrane-cli-run");
        StringWriter sink = new StringWriter();
        assertThat(Main.execute(new String[] {"run", "mars2020", "--out", cli.toString(), "--no-plots"},
                new PrintWriter(sink), new PrintWriter(sink))).isZero();
        JsonNode events = new ObjectMapper().readTree(cli.resolve("summary.json").toFile()).get("events");
        List<WebElement> rows = driver.findElements(By.cssSelector("#timeline tbody tr"));
        assertThat(rows).hasSize(events.size());
        for (int i = 0; i < rows.size(); i++) {
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            JsonNode e = events.get(i);
            assertThat(cells.get(0).getText()).isEqualTo(e.get("name").asString());
            String[] keys = {"t_s", "altitude_m", "speed_mps"};
            for (int k = 0; k < keys.length; k++) {
                assertThat(Double.parseDouble(cells.get(k + 1).getText())).as(e.get("name") + " " + keys[k])
                        .isCloseTo(e.get(keys[k]).asDouble(), within(0.005 + 1e-9));
            }
            assertThat(cells.get(4).getText()).isEqualTo(e.has("ert_utc") ? e.get("ert_utc").asString() : "");
        }
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
        waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plot-hazard .main-svg")));
        assertThat(driver.findElements(By.cssSelector("#mc-histograms .hist .svg-container"))).hasSize(6);
        assertThat(driver.findElements(By.cssSelector("#mc-worst tbody tr"))).hasSize(10);
        waitForGlobe("globe-campaign", "campaign");
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js("return Globe.campaign().entities.values.map(e => e.name);");
        assertThat(names).contains("target", "fitted normal, 99 %", "holds 99 % of cases", "case 0", "case 49");
        // the base layer and the hazard map draped over the ground
        assertThat(((Number) js("return Globe.campaign().imageryLayers.length;")).intValue()).isEqualTo(2);
        scrollTo("montecarlo");
        shot("montecarlo.png");
        // the worst case, reflown alone, opens its run page with that case's seed and index
        String worst = driver.findElement(By.cssSelector("#mc-worst tbody tr td")).getText();
        driver.findElement(By.cssSelector("#mc-worst .refly")).click();
        waiting(90).until(d -> d.findElement(By.id("run-flown")).getText().contains("case " + worst + ")"));
        assertThat(driver.findElement(By.id("run-flown")).getText()).contains("seed 1, case " + worst);
        assertNoForeignRequest();
    }
}
