package org.skycrane.sim.montecarlo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skycrane.InputException;
import org.skycrane.Version;
import org.skycrane.scenario.Scenario;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a campaign folder holds, written to {@code campaign.json} when the campaign starts. The
 * scenario is identified by the SHA-256 of its parsed content (every value after a {@code base:}
 * merge, in a canonical JSON form), so comments and layout do not matter but any changed value does.
 *
 * @param skycraneVersion the version that flew the cases
 * @param scenario        scenario name
 * @param scenarioSha256  fingerprint of the scenario's content
 * @param seed            campaign seed
 * @param cases           number of cases asked for (the last run's, when a resume changes it)
 * @param engine          {@code local} or {@code spark} (the last run's)
 */
public record CampaignManifest(String skycraneVersion, String scenario, String scenarioSha256, long seed, int cases,
                               String engine) {

    /** The manifest's file name in a campaign folder. */
    public static final String NAME = "campaign.json";

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The manifest of a campaign of {@code scenario} flown now by this Skycrane. */
    public static CampaignManifest of(Scenario scenario, long seed, int cases, String engine) {
        return new CampaignManifest(Version.current(), scenario.name(), fingerprint(scenario), seed, cases, engine);
    }

    /** SHA-256 (hex) of the scenario's content in canonical JSON: sorted keys, shortest round-trip numbers. */
    public static String fingerprint(Scenario scenario) {
        byte[] canonical = CANONICAL.writeValueAsBytes(scenario);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** "scenario mars2020 (content 1a2b3c4d), seed 3". */
    public String describe() {
        return "scenario " + scenario + " (content " + scenarioSha256.substring(0, 8) + "), seed " + seed;
    }

    /** What keeps {@code wanted} from resuming this campaign, in words; empty when it may. */
    List<String> differencesForResume(CampaignManifest wanted) {
        List<String> d = new ArrayList<>();
        if (!scenarioSha256.equals(wanted.scenarioSha256)) {
            d.add(scenario.equals(wanted.scenario) ? "scenario " + scenario + " was edited (its content differs)"
                    : "the scenario differs (" + scenario + " here, " + wanted.scenario + " asked)");
        }
        if (seed != wanted.seed) {
            d.add("the seed differs (" + seed + " here, " + wanted.seed + " asked)");
        }
        if (!skycraneVersion.equals(wanted.skycraneVersion)) {
            d.add("the cases were flown by Skycrane " + skycraneVersion + ", this is " + wanted.skycraneVersion);
        }
        return d;
    }

    /** This campaign continued by {@code wanted}: its case count and engine. */
    CampaignManifest resumedAs(CampaignManifest wanted) {
        return new CampaignManifest(skycraneVersion, scenario, scenarioSha256, seed, wanted.cases, wanted.engine);
    }

    /** The manifest as JSON text. */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("skycrane_version", skycraneVersion);
        m.put("scenario", scenario);
        m.put("scenario_sha256", scenarioSha256);
        m.put("seed", seed);
        m.put("cases", cases);
        m.put("engine", engine);
        return JSON.writeValueAsString(m) + "\n";
    }

    /**
     * Reads a manifest.
     *
     * @throws InputException naming the file when it is not a manifest
     */
    public static CampaignManifest read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            JsonNode n = JSON.readTree(text);
            for (String key : List.of("skycrane_version", "scenario", "scenario_sha256", "seed", "cases", "engine")) {
                if (n == null || !n.has(key)) {
                    throw new InputException(file.toString(), 0, key, "missing: not a campaign manifest");
                }
            }
            return new CampaignManifest(n.get("skycrane_version").asString(), n.get("scenario").asString(),
                    n.get("scenario_sha256").asString(), n.get("seed").asLong(), n.get("cases").asInt(),
                    n.get("engine").asString());
        } catch (JacksonException e) {
            throw new InputException(file.toString(), 0, null, "not a campaign manifest: " + e.getOriginalMessage());
        }
    }
}
