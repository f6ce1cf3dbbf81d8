package org.skycrane.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.skycrane.InputException;
import org.skycrane.scenario.FieldException;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.ScenarioValidator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads scenario files (YAML). A scenario is a built-in name ({@code mars2020}, {@code msl}) or a
 * path. A file may start from a built-in with {@code base: mars2020} and override any part: objects
 * merge key by key, lists and values replace. Every error names the file, the line and the field
 * and becomes an {@link InputException}; so do the failures of the {@link ScenarioValidator}s that
 * other modules contribute.
 */
public final class ScenarioReader {

    /** Built-in scenario names. */
    public static final List<String> PRESETS = List.of("mars2020", "msl");

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private ScenarioReader() {
    }

    /** Reads a built-in scenario by name or a scenario file by path. */
    public static Scenario read(String nameOrPath) {
        return read(nameOrPath, List.of());
    }

    /** Reads a built-in scenario by name or a scenario file by path, and checks it with {@code validators}. */
    public static Scenario read(String nameOrPath, List<ScenarioValidator> validators) {
        if (PRESETS.contains(nameOrPath)) {
            return parse(presetText(nameOrPath), nameOrPath + " (built-in)", validators);
        }
        Path path = Path.of(nameOrPath);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(nameOrPath, 0, null,
                    "no such file, and not a built-in scenario (built-ins: " + String.join(", ", PRESETS) + ")");
        } catch (IOException e) {
            throw new InputException(nameOrPath, 0, null, "cannot read: " + e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new InputException(nameOrPath, 0, null, "cannot read: " + e.getMessage());
        }
        return parse(text, nameOrPath, validators);
    }

    /** The YAML text of a built-in scenario. */
    public static String presetText(String name) {
        if (!PRESETS.contains(name)) {
            throw new InputException(name, 0, null, "no such built-in scenario (built-ins: "
                    + String.join(", ", PRESETS) + ")");
        }
        String resource = "/org/skycrane/scenario/presets/" + name + ".yaml";
        try (InputStream in = ScenarioReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in scenario resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in scenario " + name, e);
        }
    }

    /** Parses scenario YAML; {@code source} names it in error messages. */
    public static Scenario parse(String text, String source) {
        return parse(text, source, List.of());
    }

    /** Parses scenario YAML and checks it with {@code validators}; {@code source} names it in error messages. */
    public static Scenario parse(String text, String source, List<ScenarioValidator> validators) {
        Document user = Document.of(text, source);
        Document base = null;
        JsonNode tree = user.tree;
        JsonNode baseName = tree.get("base");
        if (baseName != null) {
            if (!baseName.isString() || !PRESETS.contains(baseName.asString())) {
                throw new InputException(source, user.line("/base"), "base",
                        "must name a built-in scenario (" + String.join(", ", PRESETS) + ")");
            }
            base = Document.of(presetText(baseName.asString()), baseName.asString() + " (built-in)");
            ObjectNode merged = (ObjectNode) base.tree.deepCopy();
            merge(merged, (ObjectNode) tree);
            merged.remove("base");
            tree = merged;
        }
        Scenario scenario;
        try {
            scenario = MAPPER.treeToValue(tree, Scenario.class);
        } catch (JacksonException e) {
            throw translate(e, user, base);
        }
        for (ScenarioValidator validator : validators) {
            try {
                validator.validate(scenario);
            } catch (FieldException e) {
                throw locate(List.of(e.field().split("\\.")), e.getMessage(), e, user, base);
            }
        }
        return scenario;
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        for (Entry<String, JsonNode> field : from.properties()) {
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode target && field.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else {
                into.set(field.getKey(), field.getValue());
            }
        }
    }

    private static InputException translate(JacksonException e, Document user, Document base) {
        List<String> path = new ArrayList<>();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.add(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.add(Integer.toString(ref.getIndex()));
            }
        }
        String problem;
        FieldException field = fieldCause(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            path.remove(path.size() - 1);
            path.add(unknown.getPropertyName());
            String nearest = nearest(unknown.getPropertyName(), unknown.getKnownPropertyIds());
            problem = "unknown field" + (nearest == null ? "" : "; did you mean '" + nearest + "'?");
        } else if (field != null) {
            for (String part : field.field().split("\\.")) {
                path.add(part);
            }
            problem = field.getMessage();
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : invalid.getTargetType().getEnumConstants()) {
                names.add(constant.toString());
            }
            problem = "must be one of " + names + ", got '" + invalid.getValue() + "'";
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            problem = "expected " + describe(mismatch.getTargetType());
        } else {
            problem = e.getOriginalMessage();
        }
        return locate(path, problem, e, user, base);
    }

    /** The error at field {@code path}, on its line in the user's file or else in the base it came from. */
    private static InputException locate(List<String> path, String problem, Exception e, Document user,
                                         Document base) {
        String pointer = "/" + String.join("/", path);
        Document where = user;
        int line = user.line(pointer);
        if (line == 0 && base != null && base.line(pointer) > 0) {
            where = base;
            line = base.line(pointer);
        } else if (line == 0) {
            line = user.nearestLine(pointer);
        }
        return new InputException(where.source, line, dotted(path), problem, e);
    }

    private static FieldException fieldCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FieldException f) {
                return f;
            }
        }
        return null;
    }

    private static String describe(Class<?> type) {
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a block of fields";
    }

    private static String dotted(List<String> path) {
        StringBuilder out = new StringBuilder();
        for (String part : path) {
            if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
                out.append('[').append(part).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(part);
            }
        }
        return out.toString();
    }

    /** The known name closest to {@code name} by edit distance, if reasonably close. */
    static String nearest(String name, Collection<Object> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object candidate : known) {
            String c = candidate.toString();
            int d = editDistance(name, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(3, name.length() / 2) ? best : null;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** A parsed YAML text and the line of every field in it. */
    private static final class Document {
        final String source;
        final JsonNode tree;
        final Map<String, Integer> lines;

        private Document(String source, JsonNode tree, Map<String, Integer> lines) {
            this.source = source;
            this.tree = tree;
            this.lines = lines;
        }

        static Document of(String text, String source) {
            JsonNode tree;
            Map<String, Integer> lines = new HashMap<>();
            try {
                tree = MAPPER.readTree(text);
                try (JsonParser parser = MAPPER.createParser(text)) {
                    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                        String pointer = parser.streamReadContext().pathAsPointer().toString();
                        TokenStreamLocation at = parser.currentTokenLocation();
                        lines.putIfAbsent(pointer, at.getLineNr());
                    }
                }
            } catch (StreamReadException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                throw new InputException(source, line, null, "malformed YAML: " + firstLine(e.getOriginalMessage()), e);
            } catch (JacksonException e) {
                throw new InputException(source, 0, null, "malformed YAML: " + firstLine(e.getOriginalMessage()), e);
            }
            if (tree == null || !tree.isObject()) {
                throw new InputException(source, 1, null, "a scenario must be a block of fields (name:, planet:, ...)");
            }
            return new Document(source, tree, lines);
        }

        int line(String pointer) {
            return lines.getOrDefault(pointer, 0);
        }

        int nearestLine(String pointer) {
            String p = pointer;
            while (true) {
                Integer line = lines.get(p);
                if (line != null) {
                    return line;
                }
                if (p.isEmpty()) {
                    return 0;
                }
                int cut = p.lastIndexOf('/');
                p = cut <= 0 ? "" : p.substring(0, cut);
            }
        }

        private static String firstLine(String message) {
            if (message == null) {
                return "cannot parse";
            }
            Iterator<String> lines = message.lines().iterator();
            return lines.hasNext() ? lines.next() : message;
        }
    }
}
