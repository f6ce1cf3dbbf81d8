package org.skycrane.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.cli.Main;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The JSON API on a real server on a free port: each endpoint's success and its refusals. */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private DashboardServer server;

    @BeforeEach
    void start() {
        server = new DashboardServer(dir, 2, 2).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode until(String path, String state, Duration max) throws Exception {
        long end = System.nanoTime() + max.toNanos();
        JsonNode j;
        do {
            j = JSON.readTree(get(path).body());
            if (!j.get("state").asString().equals("RUNNING")) {
                break;
            }
            Thread.sleep(100); // polling the client side; the server never sleeps
        } while (System.nanoTime() < end);
        assertThat(j.get("state").asString()).isEqualTo(state);
        return j;
    }

    @Test
    void listsAndShowsScenarios() throws Exception {
        Files.writeString(dir.resolve("mine.yaml"), "base: mars2020\n");
        assertThat(get("/api/scenarios").body()).contains("mars2020", "msl", "mine.yaml");
        HttpResponse<String> shown = get("/api/scenarios/mars2020");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(shown.body()).get("yaml").asString()).contains("planet");
        assertThat(get("/api/scenarios/nothing.yaml").statusCode()).isEqualTo(404);
    }

    @Test
    void validatesWithTheCliReaderAndNamesTheField() throws Exception {
        String yaml = JSON.readTree(get("/api/scenarios/mars2020").body()).get("yaml").asString();
        assertThat(post("/api/scenarios/validate", yaml).statusCode()).isEqualTo(200);
        HttpResponse<String> bad = post("/api/scenarios/validate", "name: x\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("field").asString()).isEqualTo("planet");
        assertThat(post("/api/scenarios/validate", "").statusCode()).isEqualTo(400);
    }

    @Test
    void runWritesTheCliSummary() throws Exception {
        assertThat(post("/api/runs", "not json").statusCode()).isEqualTo(400);
        assertThat(post("/api/runs", "{\"scenario\":\"../x.yaml\"}").statusCode()).isEqualTo(403);
        assertThat(get("/api/runs/run-99").statusCode()).isEqualTo(404);
        HttpResponse<String> started = post("/api/runs", "{\"scenario\":\"mars2020\"}");
        assertThat(started.statusCode()).isEqualTo(202);
        String id = JSON.readTree(started.body()).get("id").asString();
        JsonNode done = until("/api/runs/" + id, "DONE", Duration.ofSeconds(60));
        assertThat(done.get("files").toString()).contains("summary.json", "trajectory.csv");
        String served = get("/api/runs/" + id + "/files/summary.json").body();
        // the same scenario flown by the command line gives the same summary, byte for byte
        Path cli = dir.resolve("cli-run");
        StringWriter sink = new StringWriter();
        Main.execute(new String[] {"run", "mars2020", "--out", cli.toString(), "--no-plots"},
                new PrintWriter(sink), new PrintWriter(sink));
        assertThat(served).isEqualTo(Files.readString(cli.resolve("summary.json")));
        assertThat(JSON.readTree(served).get("schema_version").asInt()).isEqualTo(1);
        assertThat(get("/api/runs/" + id + "/files/..%2F..%2Fsecret").statusCode()).isIn(403, 404);
        assertThat(get("/api/runs/" + id + "/files/none.json").statusCode()).isEqualTo(404);
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        String big = "#".repeat((int) DashboardServer.MAX_BODY_BYTES + 10);
        assertThat(post("/api/scenarios/validate", big).statusCode()).isEqualTo(413);
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        Files.writeString(dir.getParent().resolve("outside.txt"), "secret");
        HttpResponse<String> r = get("/api/files?path=../outside.txt");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("secret");
        assertThat(get("/api/files?path=/etc/passwd").statusCode()).isEqualTo(403);
    }

    @Test
    void campaignsBeyondTheLimitGet429AndTheTwoFinishIntact() throws Exception {
        String body = "{\"scenario\":\"mars2020\",\"cases\":12,\"seed\":3,\"threads\":1}";
        String a = JSON.readTree(post("/api/campaigns", body).body()).get("id").asString();
        String b = JSON.readTree(post("/api/campaigns", body).body()).get("id").asString();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> r = post("/api/campaigns", body);
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        }
        // the refusals were made while both were in flight (else the test proves nothing)
        assertThat(JSON.readTree(get("/api/campaigns/" + a).body()).get("state").asString()).isEqualTo("RUNNING");
        assertThat(JSON.readTree(get("/api/campaigns/" + b).body()).get("state").asString()).isEqualTo("RUNNING");
        assertThat(get("/api/scenarios").statusCode()).isEqualTo(200);
        for (String id : new String[] {a, b}) {
            JsonNode done = until("/api/campaigns/" + id, "DONE", Duration.ofSeconds(120));
            assertThat(done.get("done").asInt()).isEqualTo(12);
            JsonNode summary = JSON.readTree(get("/api/campaigns/" + id + "/files/summary.json").body());
            assertThat(summary.toString()).contains("mars2020");
            assertThat(summary.get("schema_version").asInt()).isEqualTo(1);
        }
        assertThat(post("/api/campaigns", "{\"scenario\":\"mars2020\",\"cases\":0}").statusCode()).isEqualTo(400);
        assertThat(post("/api/campaigns/campaign-99/cancel", "").statusCode()).isEqualTo(404);
    }

    @Test
    void aCampaignCanBeCancelled() throws Exception {
        String id = JSON.readTree(post("/api/campaigns",
                "{\"scenario\":\"mars2020\",\"cases\":5000,\"threads\":1}").body()).get("id").asString();
        assertThat(post("/api/campaigns/" + id + "/cancel", "").statusCode()).isEqualTo(202);
        until("/api/campaigns/" + id, "CANCELLED", Duration.ofSeconds(60));
    }

    @Test
    void aReflownCaseReproducesItsRowOfTheCampaign() throws Exception {
        String id = JSON.readTree(post("/api/campaigns",
                "{\"scenario\":\"mars2020\",\"cases\":4,\"seed\":2,\"threads\":1}").body()).get("id").asString();
        JsonNode done = until("/api/campaigns/" + id, "DONE", Duration.ofSeconds(90));
        assertThat(done.get("seed").asInt()).isEqualTo(2);
        assertThat(done.get("files").toString()).contains("landing.geojson", "terrain-hazard.png");
        assertThat(done.get("hazard_map_width_m").asDouble()).isBetween(1000.0, 40_000.0);
        // the running statistics, once every case is in, are the campaign's summary
        JsonNode running = JSON.readTree(get("/api/campaigns/" + id + "/running").body());
        JsonNode summary = JSON.readTree(get("/api/campaigns/" + id + "/files/summary.json").body());
        assertThat(running.get("completed").asInt()).isEqualTo(4);
        assertThat(running.get("success")).isEqualTo(summary.get("success"));
        assertThat(running.get("landing")).isEqualTo(summary.get("landing"));

        assertThat(post("/api/campaigns/" + id + "/cases/4/run", "").statusCode()).isEqualTo(404);
        assertThat(post("/api/campaigns/" + id + "/cases/x/run", "").statusCode()).isEqualTo(400);
        assertThat(post("/api/campaigns/campaign-99/cases/0/run", "").statusCode()).isEqualTo(404);
        assertThat(get("/api/campaigns/campaign-99/running").statusCode()).isEqualTo(404);
        HttpResponse<String> started = post("/api/campaigns/" + id + "/cases/3/run", "");
        assertThat(started.statusCode()).isEqualTo(202);
        String run = JSON.readTree(started.body()).get("id").asString();
        until("/api/runs/" + run, "DONE", Duration.ofSeconds(60));
        JsonNode flown = JSON.readTree(get("/api/runs/" + run + "/files/summary.json").body());
        assertThat(flown.get("seed").asInt()).isEqualTo(2);
        assertThat(flown.get("case").asInt()).isEqualTo(3);
        // the CLI's promise (skycrane montecarlo --help): case k of seed s flown alone reproduces its row
        String row = get("/api/campaigns/" + id + "/files/cases.csv").body().lines()
                .filter(l -> l.startsWith("3,")).findFirst().orElseThrow();
        String[] cells = row.split(",");
        assertThat(flown.get("touchdown").get("lat_deg").asDouble()).isEqualTo(Double.parseDouble(cells[4]));
        assertThat(flown.get("touchdown").get("lon_deg").asDouble()).isEqualTo(Double.parseDouble(cells[5]));
        assertThat(flown.get("touchdown").get("t_s").asDouble()).isEqualTo(Double.parseDouble(cells[3]));
    }

    @Test
    void theOpenApiDescriptionCoversEveryEndpointOfTheDocs() throws Exception {
        HttpResponse<String> r = get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        // every "| `METHOD /api/...` |" row of docs/api.md's endpoint table is described, with that method
        Matcher m = Pattern.compile("\\| `(GET|POST) (/api/[^`?]*)[^`]*`")
                .matcher(Files.readString(Path.of("..", "docs", "api.md")));
        int rows = 0;
        while (m.find()) {
            rows++;
            JsonNode path = doc.get("paths").get(m.group(2));
            assertThat(path).as(m.group(2)).isNotNull();
            assertThat(path.get(m.group(1).toLowerCase(Locale.ROOT))).as(m.group(0)).isNotNull();
        }
        assertThat(rows).isGreaterThanOrEqualTo(14);
        assertThat(doc.get("paths").size()).isEqualTo(rows);
    }
}
