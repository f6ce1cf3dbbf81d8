package org.skycrane.sim.montecarlo;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skycrane.SafeFiles;
import org.skycrane.Version;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code run.json}: how a campaign run went (engine, threads, timing, machine), as opposed to
 * {@code summary.json}, which holds results only. One writer for the local and the Spark engine.
 *
 * @param scenario    scenario name
 * @param seed        campaign seed
 * @param cases       cases asked for
 * @param engine      {@code local} or {@code spark}
 * @param master      Spark master URL, or null for the local engine
 * @param threads     worker threads (local) or default parallelism (Spark)
 * @param alreadyDone cases found in the folder at start (resume)
 * @param ran         cases flown by this run
 * @param wallTime    wall-clock time of this run (s)
 * @param finishedAt  when it finished
 * @param warmRate    cases per second once the JIT has warmed up ({@link Campaign.Run#warmRate}), NaN: not measured
 */
public record RunRecord(String scenario, long seed, int cases, String engine, String master, int threads,
                        int alreadyDone, int ran, double wallTime, Instant finishedAt, double warmRate) {

    /** A record without a warm throughput (an engine that does not measure one). */
    public RunRecord(String scenario, long seed, int cases, String engine, String master, int threads,
                     int alreadyDone, int ran, double wallTime, Instant finishedAt) {
        this(scenario, seed, cases, engine, master, threads, alreadyDone, ran, wallTime, finishedAt, Double.NaN);
    }

    /** The file name in a campaign folder. */
    public static final String NAME = "run.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The record as JSON text, with this machine's host, processors, Java and Skycrane version. */
    public String toJson() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown";
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("seed", seed);
        m.put("cases", cases);
        m.put("engine", engine);
        if (master != null) {
            m.put("master", master);
        }
        m.put("threads", threads);
        m.put("cases_already_done", alreadyDone);
        m.put("cases_run", ran);
        m.put("wall_time_s", Math.round(wallTime * 1000) / 1000.0);
        m.put("cases_per_second", Math.round(ran / Math.max(wallTime, 1e-9) * 100) / 100.0);
        if (Double.isFinite(warmRate)) {
            m.put("warm_up_cases", Campaign.WARM_UP);
            m.put("cases_per_second_after_warm_up", Math.round(warmRate * 100) / 100.0);
        }
        m.put("finished_at", finishedAt.toString());
        m.put("host", host);
        m.put("available_processors", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.version"));
        m.put("skycrane_version", Version.current());
        return JSON.writeValueAsString(m) + "\n";
    }

    /** Writes {@code run.json} into {@code dir}, whole or not at all. */
    public void write(Path dir) throws IOException {
        SafeFiles.writeString(dir.resolve(NAME), toJson());
    }
}
