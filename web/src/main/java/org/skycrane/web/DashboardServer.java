package org.skycrane.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.skycrane.InputException;
import org.skycrane.cli.Scenarios;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;

/**
 * The dashboard's server: the single-page app and a JSON API over the working directory. Runs go to
 * {@code web-runs/<id>} and campaigns to {@code web-campaigns/<id>} in the CLI's formats.
 */
public final class DashboardServer implements AutoCloseable {

    /** The largest request body accepted (a scenario is a few kB). */
    public static final long MAX_BODY_BYTES = 256 * 1024;
    /** The largest Monte Carlo campaign one request may start. */
    public static final int MAX_CASES = 20_000;

    private final WorkingDir dir;
    private final Jobs<RunJob> runs;
    private final Jobs<CampaignJob> campaigns;
    private final Javalin app;

    public DashboardServer(Path workingDir, int maxRuns, int maxCampaigns) {
        this.dir = new WorkingDir(workingDir);
        this.runs = new Jobs<>("run", maxRuns);
        this.campaigns = new Jobs<>("campaign", maxCampaigns);
        this.app = Javalin.create(cfg -> {
            cfg.staticFiles.add("/public", Location.CLASSPATH);
            cfg.staticFiles.enableWebjars();
            cfg.jsonMapper(new JavalinJackson3());
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.routes.get("/api/scenarios", guard(this::listScenarios));
            cfg.routes.get("/api/scenarios/{name}", guard(this::showScenario));
            cfg.routes.post("/api/scenarios/validate", guard(this::validate));
            cfg.routes.post("/api/runs", guard(this::startRun));
            cfg.routes.get("/api/runs/{id}", guard(ctx -> ctx.json(runStatus(runs.get(ctx.pathParam("id"))))));
            cfg.routes.get("/api/runs/{id}/files/{file}", guard(ctx -> file(ctx, runs.get(ctx.pathParam("id")).dir())));
            cfg.routes.post("/api/campaigns", guard(this::startCampaign));
            cfg.routes.get("/api/campaigns/{id}", guard(ctx -> ctx.json(progress(campaigns.get(ctx.pathParam("id"))))));
            cfg.routes.post("/api/campaigns/{id}/cancel", guard(ctx -> {
                CampaignJob c = campaigns.get(ctx.pathParam("id"));
                c.cancel();
                ctx.status(202).json(progress(c));
            }));
            cfg.routes.get("/api/campaigns/{id}/running", guard(ctx -> ctx.contentType("application/json")
                    .result(campaigns.get(ctx.pathParam("id")).running())));
            cfg.routes.post("/api/campaigns/{id}/cases/{case}/run", guard(this::reflyCase));
            cfg.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
                    .result(DashboardServer.class.getResourceAsStream("/openapi.json")));
            cfg.routes.get("/api/campaigns/{id}/files/{file}",
                    guard(ctx -> file(ctx, campaigns.get(ctx.pathParam("id")).dir())));
            cfg.routes.get("/api/files", guard(ctx -> file(ctx, dir.root(), ctx.queryParam("path"))));
        });
    }

    /** Starts listening on {@code host}:{@code port} (0: any free port). */
    public DashboardServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        runs.shutdown();
        campaigns.shutdown();
    }

    /** Refusals and bad input become JSON errors naming the field; nothing else leaks a stack trace. */
    private static Handler guard(Handler h) {
        return ctx -> {
            try {
                h.handle(ctx);
            } catch (WorkingDir.Refused e) {
                if (e.status == 429) {
                    ctx.header("Retry-After", "5");
                }
                ctx.status(e.status).json(error(e.field, e.getMessage(), 0));
            } catch (InputException e) {
                ctx.status(400).json(error(e.field(), e.getMessage(), e.line()));
            }
        };
    }

    private static Map<String, Object> error(String field, String problem, int line) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", problem);
        m.put("field", field);
        m.put("line", line);
        return m;
    }

    private void listScenarios(Context ctx) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        ScenarioReader.PRESETS.forEach(p -> out.add(Map.of("name", p, "kind", "preset")));
        try (Stream<Path> files = Files.list(dir.root())) {
            files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted()
                    .forEach(f -> out.add(Map.of("name", f.getFileName().toString(), "kind", "file")));
        }
        ctx.json(out);
    }

    /** A preset, or a YAML file directly in the working directory. */
    private String scenarioSource(String name) {
        if (ScenarioReader.PRESETS.contains(name)) {
            return name;
        }
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new WorkingDir.Refused(404, "scenario", "no scenario " + name);
        }
        return p.toString();
    }

    private void showScenario(Context ctx) {
        String source = scenarioSource(ctx.pathParam("name"));
        ctx.json(Map.of("name", ctx.pathParam("name"), "yaml", ScenarioReader.mergedYaml(source)));
    }

    /** Reads a posted YAML scenario with the CLI's reader and validators. */
    private static Scenario parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new WorkingDir.Refused(400, "yaml", "empty scenario");
        }
        return ScenarioReader.parse(yaml, "request", Scenarios.VALIDATORS);
    }

    private void validate(Context ctx) {
        Scenario s = parse(ctx.body());
        ctx.json(Map.of("valid", true, "name", s.name()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(Context ctx) {
        try {
            return ctx.bodyAsClass(Map.class);
        } catch (RuntimeException e) {
            throw new WorkingDir.Refused(400, "body", "the body must be a JSON object");
        }
    }

    private void startRun(Context ctx) throws IOException {
        Map<String, Object> b = body(ctx);
        String id = runs.newId();
        Path out = dir.resolve("web-runs/" + id);
        String source;
        if (b.get("yaml") instanceof String yaml) {
            parse(yaml);
            Files.createDirectories(out);
            Path file = out.resolve("scenario.yaml");
            Files.writeString(file, yaml);
            source = file.toString();
        } else if (b.get("scenario") instanceof String name) {
            source = scenarioSource(name);
        } else {
            throw new WorkingDir.Refused(400, "scenario", "give scenario (a name) or yaml (a scenario's text)");
        }
        RunJob job = new RunJob(id, out);
        runs.start(job, () -> job.fly(source));
        ctx.status(202).json(runStatus(job));
    }

    private static Map<String, Object> runStatus(RunJob j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id());
        m.put("state", j.state());
        m.put("exit_code", j.exitCode());
        m.put("log", j.log());
        m.put("files", files(j.dir()));
        return m;
    }

    private void startCampaign(Context ctx) throws IOException {
        Map<String, Object> b = body(ctx);
        int cases = intField(b, "cases", 100, 1, MAX_CASES);
        long seed = intField(b, "seed", 1, 0, Integer.MAX_VALUE);
        int threads = intField(b, "threads", Runtime.getRuntime().availableProcessors(), 1, 64);
        String id = campaigns.newId();
        Scenario s;
        String source;
        Path written = null;
        if (b.get("yaml") instanceof String yaml) {
            s = parse(yaml);
            written = dir.resolve("web-campaigns/" + id + "-scenario.yaml");
            Files.createDirectories(written.getParent());
            Files.writeString(written, yaml);
            source = written.toString();
        } else {
            source = scenarioSource(String.valueOf(b.getOrDefault("scenario", "")));
            s = Scenarios.read(source);
        }
        CampaignJob job = new CampaignJob(id, source, s, seed, cases, threads, dir.resolve("web-campaigns/" + id));
        try {
            campaigns.start(job, job::fly);
        } catch (RuntimeException refused) {
            if (written != null) {   // a refused campaign (429) leaves nothing on disk
                Files.deleteIfExists(written);
            }
            throw refused;
        }
        ctx.status(202).json(progress(job));
    }

    /** Reflies case K of a campaign alone ({@code skycrane run SCENARIO --seed S --case K}) as a new run. */
    private void reflyCase(Context ctx) {
        CampaignJob c = campaigns.get(ctx.pathParam("id"));
        long k;
        try {
            k = Long.parseLong(ctx.pathParam("case"));
        } catch (NumberFormatException e) {
            throw new WorkingDir.Refused(400, "case", "case must be an integer: " + ctx.pathParam("case"));
        }
        if (k < 0 || k >= c.cases()) {
            throw new WorkingDir.Refused(404, "case", "campaign " + c.id() + " has cases 0 to " + (c.cases() - 1));
        }
        String id = runs.newId();
        RunJob job = new RunJob(id, dir.resolve("web-runs/" + id));
        runs.start(job, () -> job.fly(c.source(), c.seed(), k));
        ctx.status(202).json(runStatus(job));
    }

    private static int intField(Map<String, Object> b, String key, int fallback, int min, int max) {
        Object v = b.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.longValue() < min || n.longValue() > max) {
            throw new WorkingDir.Refused(400, key, key + " must be an integer from " + min + " to " + max);
        }
        return n.intValue();
    }

    private static Map<String, Object> progress(CampaignJob c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("state", c.state());
        m.put("cases", c.cases());
        m.put("done", c.done());
        double t = c.seconds();
        m.put("rate_cases_per_s", t > 0 ? c.done() / t : 0);
        m.put("seed", c.seed());
        m.put("problem", c.problem());
        m.put("hazard_map_width_m", Double.isNaN(c.hazardWidth()) ? null : c.hazardWidth());
        m.put("files", files(c.dir()));
        return m;
    }

    private static List<String> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void file(Context ctx, Path folder) throws IOException {
        file(ctx, folder, ctx.pathParam("file"));
    }

    /** A file inside {@code folder} (itself inside the working directory); traversal is refused. */
    private void file(Context ctx, Path folder, String name) throws IOException {
        Path p = new WorkingDir(folder).resolve(name);
        if (!p.startsWith(dir.root())) {
            throw new WorkingDir.Refused(403, "path", "outside the working directory: " + name);
        }
        if (!Files.isRegularFile(p)) {
            throw new WorkingDir.Refused(404, "file", "no file " + name);
        }
        String n = p.getFileName().toString();
        ctx.contentType(n.endsWith(".json") ? "application/json" : n.endsWith(".png") ? "image/png"
                : n.endsWith(".mp4") ? "video/mp4" : n.endsWith(".svg") ? "image/svg+xml" : "text/plain");
        ctx.result(Files.newInputStream(p));
    }
}
