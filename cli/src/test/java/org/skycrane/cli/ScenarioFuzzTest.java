package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.io.ScenarioReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Seeded random mutations of both presets (values, types, keys, structure, and the text itself),
 * each run through the command line in-process. Every one must end as a result (exit 0 LANDED or 1
 * another outcome) or as bad input (exit 2 with exactly one line, no stack trace), never as an
 * internal error (exit 3) or an exception, and within {@link #BOUND_MS} each. One mutation in
 * {@link #FLY_EVERY} is flown with {@code run} (a whole EDL, guidance design included); the others
 * go through {@code scenario show}, which reads and validates the file as {@code run} does.
 */
class ScenarioFuzzTest {

    /** Mutations per preset. */
    static final int MUTATIONS = 150;
    /** One in this many is flown. */
    static final int FLY_EVERY = 10;
    /** Longest a single mutation may take (ms): a slow flight is seconds, a hang is not. */
    static final long BOUND_MS = 20_000;

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    @Test
    void everyMutationOfBothPresetsEndsAsAResultOrOneLineOfBadInput() throws IOException {
        List<String> failures = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(20_260_401L);
        int flown = 0;
        int bad = 0;
        for (String preset : ScenarioReader.PRESETS) {
            String text = ScenarioReader.presetText(preset);
            for (int i = 0; i < MUTATIONS; i++) {
                Mutation m = mutate(text, random);
                Path file = dir.resolve(preset + "-" + i + ".yaml");
                Files.write(file, m.bytes());
                boolean fly = i % FLY_EVERY == 0;
                long start = System.nanoTime();
                CliHarness r = fly
                        ? CliHarness.run("run", file.toString(), "--no-plots", "--out", dir.resolve("out").toString())
                        : CliHarness.run("scenario", "show", file.toString());
                long ms = (System.nanoTime() - start) / 1_000_000;
                flown += fly ? 1 : 0;
                bad += r.exitCode() == 2 ? 1 : 0;
                String problem = check(r, fly, ms);
                if (problem != null) {
                    failures.add(preset + " #" + i + " (" + m.what() + "): " + problem);
                }
            }
        }
        Files.writeString(Path.of("target", "scenario-fuzz.txt"), String.format(Locale.ROOT,
                "%d mutations, %d flown, %d bad input (exit 2), %d results (exit 0 or 1)%n", 2 * MUTATIONS, flown, bad,
                2 * MUTATIONS - bad));
        assertThat(failures).as("mutations that escaped (of " + 2 * MUTATIONS + ", " + flown + " flown, " + bad
                + " bad input)").isEmpty();
        assertThat(bad).as("most mutations are bad input").isGreaterThan(MUTATIONS);
    }

    private static String check(CliHarness r, boolean fly, long ms) {
        if (ms > BOUND_MS) {
            return "took " + ms + " ms";
        }
        if (r.err().contains("\tat ") || r.err().contains("Exception") || r.out().contains("\tat ")) {
            return "a stack trace or exception: " + r.err();
        }
        int code = r.exitCode();
        if (code == 2) {
            List<String> lines = r.err().strip().lines().toList();
            if (lines.size() != 1 || !lines.get(0).startsWith("error: ")) {
                return "bad input in " + lines.size() + " lines: " + r.err();
            }
            return null;
        }
        if (code == 0 || (fly && code == 1)) {
            return null;
        }
        return "exit " + code + ": " + r.err();
    }

    private record Mutation(String what, byte[] bytes) {
    }

    private static Mutation mutate(String text, SplittableRandom random) throws IOException {
        int kind = random.nextInt(6);
        if (kind == 5) {
            return textual(text, random);
        }
        ObjectNode root = (ObjectNode) YAML.readTree(text);
        List<String[]> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        String[] path = paths.get(random.nextInt(paths.size()));
        JsonNode parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            parent = child(parent, path[i]);
        }
        String last = path[path.length - 1];
        JsonNode old = child(parent, last);
        JsonNode replacement;
        String what;
        switch (kind) {
            case 0 -> {                                   // a value
                double x = old.isNumber() ? old.asDouble() : 1.0;
                double[] values = {0, -1, -x, x * 1e3, x * 1e-3, x * 1.1, x + 1e-9, 1e308, -1e308, Double.NaN,
                    Double.POSITIVE_INFINITY, 1e-300};
                double v = values[random.nextInt(values.length)];
                replacement = NODES.numberNode(v);
                what = "value " + String.join(".", path) + " = " + v;
            }
            case 1 -> {                                   // a type
                JsonNode[] types = {NODES.stringNode("abc"), NODES.booleanNode(true), NODES.nullNode(),
                    NODES.arrayNode().add(1).add(2), NODES.objectNode().put("a", 1), NODES.stringNode("")};
                replacement = types[random.nextInt(types.length)];
                what = "type " + String.join(".", path) + " = " + replacement;
            }
            case 2 -> {                                   // a key: renamed, removed or added
                if (parent instanceof ObjectNode o) {
                    int k = random.nextInt(3);
                    if (k == 0) {
                        o.remove(last);
                        o.set(last + "x", old);
                        return tree(root, "key renamed " + String.join(".", path) + "x");
                    } else if (k == 1) {
                        o.remove(last);
                        return tree(root, "key removed " + String.join(".", path));
                    }
                    o.put("unknown_key", 1);
                    return tree(root, "key added under " + String.join(".", path));
                }
                replacement = NODES.nullNode();
                what = "list entry nulled " + String.join(".", path);
            }
            case 3 -> {                                   // structure: a block becomes a scalar, a list, or empty
                JsonNode[] shapes = {NODES.numberNode(1), NODES.arrayNode(), NODES.objectNode(),
                    NODES.arrayNode().add(old)};
                replacement = shapes[random.nextInt(shapes.length)];
                what = "structure " + String.join(".", path) + " = " + replacement;
            }
            default -> {                                  // a whole top-level block removed or nested again
                String top = path[0];
                if (random.nextBoolean()) {
                    root.remove(top);
                    return tree(root, "block removed " + top);
                }
                ObjectNode nested = NODES.objectNode();
                nested.set(top, root.get(top));
                root.set(top, nested);
                return tree(root, "block nested " + top);
            }
        }
        if (parent instanceof ObjectNode o) {
            o.set(last, replacement);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
        }
        return tree(root, what);
    }

    private static Mutation tree(ObjectNode root, String what) {
        return new Mutation(what, YAML.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
    }

    /** Mutations of the text: a duplicated line, a cut, a tab, a second document, an alias, a foreign byte. */
    private static Mutation textual(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int at = 1 + random.nextInt(lines.size() - 1);
        int k = random.nextInt(6);
        String what;
        switch (k) {
            case 0 -> {
                lines.add(at, lines.get(at));
                what = "line " + (at + 1) + " duplicated";
            }
            case 1 -> {
                String joined = String.join("\n", lines);
                return new Mutation("cut at " + at * 37, joined.substring(0, Math.min(joined.length(), at * 37))
                        .getBytes(StandardCharsets.UTF_8));
            }
            case 2 -> {
                lines.set(at, "\t" + lines.get(at));
                what = "tab on line " + (at + 1);
            }
            case 3 -> {
                lines.add(at, "---");
                what = "document break on line " + (at + 1);
            }
            case 4 -> {
                lines.set(at, lines.get(at).replaceFirst(": .*$", ": *anchor"));
                what = "alias on line " + (at + 1);
            }
            default -> {
                byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                bytes[Math.min(bytes.length - 1, at * 41)] = (byte) 0xE9;
                return new Mutation("byte 0xE9 at " + at * 41, bytes);
            }
        }
        return new Mutation(what, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode child(JsonNode node, String key) {
        return node.isArray() ? node.get(Integer.parseInt(key)) : node.get(key);
    }

    private static void collect(JsonNode node, List<String> prefix, List<String[]> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                List<String> p = new ArrayList<>(prefix);
                p.add(e.getKey());
                out.add(p.toArray(String[]::new));
                collect(e.getValue(), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<String> p = new ArrayList<>(prefix);
                p.add(Integer.toString(i));
                out.add(p.toArray(String[]::new));
                collect(node.get(i), p, out);
            }
        }
    }
}
