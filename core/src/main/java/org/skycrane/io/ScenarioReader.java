package org.skycrane.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.skycrane.InputException;
import org.skycrane.scenario.FieldException;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.ScenarioValidator;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
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
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

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

    /**
     * The mappers, in a class of their own so that they are made when first used, by whichever
     * thread that is ({@link #prepareInBackground}).
     */
    private static final class Mappers {
        static final YAMLMapper IN = YAMLMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();

        static final YAMLMapper OUT = YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .build();
    }

    /** The thread started by {@link #prepareInBackground}, until a read has waited for it. */
    private static volatile Thread preparing;

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
        return parse(text(nameOrPath), nameOrPath, validators);
    }

    /**
     * The UTF-8 text of a scenario file.
     *
     * @throws InputException naming the file when it cannot be read or is not UTF-8 (naming the encoding
     *                        when a byte-order mark gives it away)
     */
    public static String text(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(nameOrPath, 0, null,
                    "no such file, and not a built-in scenario (built-ins: " + String.join(", ", PRESETS) + ")");
        } catch (IOException e) {
            throw new InputException(nameOrPath, 0, null, "cannot read: " + e.getMessage());
        } catch (InvalidPathException e) {
            throw new InputException(nameOrPath, 0, null, "not a valid file name: " + e.getReason());
        }
        return decode(bytes, nameOrPath);
    }

    /** {@code bytes} as UTF-8 text (a UTF-8 byte-order mark is dropped). */
    static String decode(byte[] bytes, String source) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new InputException(source, 1, null, "is encoded as UTF-16 (it starts with a UTF-16 byte-order "
                    + "mark); save it as UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            int line = 1;
            for (int i = start; i < Math.min(at, bytes.length); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            int bad = at < bytes.length ? bytes[at] & 0xFF : 0;
            boolean zeros = false;
            for (int i = start; i < Math.min(bytes.length, start + 64); i++) {
                zeros |= bytes[i] == 0;
            }
            throw new InputException(source, line, null, zeros
                    ? "is not UTF-8 text (it holds zero bytes: UTF-16 or UTF-32 without a byte-order mark, or a "
                    + "binary file); save it as UTF-8"
                    : String.format(Locale.ROOT, "is not UTF-8: byte 0x%02X cannot start or continue a UTF-8 "
                    + "character (a Latin-1 or Windows-1252 file?); save it as UTF-8", bad));
        }
    }

    /**
     * The scenario as it is flown, as YAML: a built-in's text as shipped, or a file with
     * {@code base:} merged onto its preset (comments are not kept).
     */
    public static String mergedYaml(String nameOrPath) {
        if (PRESETS.contains(nameOrPath)) {
            return presetText(nameOrPath);
        }
        String text = text(nameOrPath);
        parse(text, nameOrPath);                                          // errors first, with their lines
        JsonNode tree = merged(Document.of(text, nameOrPath)).tree;
        return "# " + nameOrPath + (Document.of(text, nameOrPath).tree.has("base")
                ? " merged onto its base preset" : "") + ", as flown (comments are not kept)\n"
                + Mappers.OUT.writeValueAsString(tree);
    }

    /**
     * The name a scenario's default output folder starts with: a built-in's name, or the file's name
     * without its extension (so an edited copy never writes over the preset's results).
     */
    public static String stem(String nameOrPath) {
        if (PRESETS.contains(nameOrPath)) {
            return nameOrPath;
        }
        Path name = Path.of(nameOrPath).getFileName();
        String file = name == null ? "scenario" : name.toString();
        return file.replaceFirst("\\.(ya?ml|YA?ML)$", "");
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

    /**
     * Starts making, on a daemon thread, what a JVM makes once to read a scenario: the YAML parser's
     * classes and Jackson's deserializers for the scenario's records (about a tenth of a second of a
     * cold start). For a caller with a core to spare, before other start-up work; every read first
     * waits for that thread, so the two never initialise the libraries' classes at once. It reads no
     * file and changes no result; a failure there is left for the read itself to meet and report.
     */
    public static void prepareInBackground() {
        Thread thread = new Thread(() -> {
            try {
                Mappers.IN.readTree("prepare: [1, 2.5, {a: b}]");
                Mappers.IN.readerFor(Scenario.class);
            } catch (Throwable e) {
                // the main thread's read meets the same problem and reports it
            }
        }, "skycrane-prepare");
        thread.setDaemon(true);
        preparing = thread;
        thread.start();
    }

    /** The reading mapper, once a background preparation, if any, is done. */
    private static YAMLMapper mapper() {
        Thread thread = preparing;
        if (thread != null && thread != Thread.currentThread()) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            preparing = null;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return Mappers.IN;
    }

    /** Parses scenario YAML; {@code source} names it in error messages. */
    public static Scenario parse(String text, String source) {
        return parse(text, source, List.of());
    }

    /** Parses scenario YAML and checks it with {@code validators}; {@code source} names it in error messages. */
    public static Scenario parse(String text, String source, List<ScenarioValidator> validators) {
        Document user = Document.of(text, source);
        Merged m = merged(user);
        Scenario scenario;
        try {
            scenario = mapper().treeToValue(m.tree, Scenario.class);
        } catch (JacksonException e) {
            throw translate(e, user, m.base);
        }
        for (ScenarioValidator validator : validators) {
            try {
                validator.validate(scenario);
            } catch (FieldException e) {
                throw locate(List.of(e.field().split("\\.")), e.getMessage(), e, user, m.base);
            }
        }
        return scenario;
    }

    /** A user's document merged onto its base, if it names one. */
    private record Merged(JsonNode tree, Document base) {
    }

    private static Merged merged(Document user) {
        JsonNode tree = user.tree;
        JsonNode baseName = tree.get("base");
        if (baseName == null) {
            return new Merged(tree, null);
        }
        if (!baseName.isString() || !PRESETS.contains(baseName.asString())) {
            throw new InputException(user.source, user.line("/base"), "base",
                    "must name a built-in scenario (" + String.join(", ", PRESETS) + ")");
        }
        Document base = Document.of(presetText(baseName.asString()), baseName.asString() + " (built-in)");
        ObjectNode merged = (ObjectNode) base.tree.deepCopy();
        merge(merged, (ObjectNode) tree);
        merged.remove("base");
        return new Merged(merged, base);
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
                try (JsonParser parser = mapper().createParser(text)) {
                    Set<String> anchors = new HashSet<>();
                    int depth = 0;
                    boolean rootDone = false;
                    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                        TokenStreamLocation at = parser.currentTokenLocation();
                        if (rootDone) {
                            throw new InputException(source, at.getLineNr(), null, "holds a second YAML document "
                                    + "(after a '---' line); a scenario file is one document");
                        }
                        alias(parser, anchors, source, at.getLineNr());
                        String pointer = parser.streamReadContext().pathAsPointer().toString();
                        lines.putIfAbsent(pointer, at.getLineNr());
                        if (token.isStructStart()) {
                            depth++;
                        } else if (token.isStructEnd()) {
                            depth--;
                        }
                        rootDone = depth == 0;
                    }
                }
                tree = mapper().readTree(text);
            } catch (StreamReadException e) {
                throw malformed(source, e);
            } catch (JacksonException e) {
                throw new InputException(source, 0, null, "malformed YAML: " + oneLine(e.getOriginalMessage()), e);
            }
            if (tree == null || !tree.isObject()) {
                throw new InputException(source, 1, null, "a scenario must be a block of fields (name:, planet:, ...)");
            }
            return new Document(source, tree, lines);
        }

        /** Refuses aliases: the YAML reader would read {@code *x} as the text "x", whatever {@code &x} holds. */
        private static void alias(JsonParser parser, Set<String> anchors, String source, int line) {
            if (parser instanceof YAMLParser yaml) {
                Object anchor = yaml.getObjectId();
                if (yaml.isCurrentAlias()) {
                    String name = yaml.getString();
                    throw new InputException(source, line, null, anchors.contains(name)
                            ? "uses the alias *" + name + "; aliases are not supported in scenario files: write the "
                            + "value out, or start from a preset with base:"
                            : "uses the alias *" + name + ", but no anchor &" + name + " comes before it (and aliases "
                            + "are not supported in scenario files: write the value out)");
                }
                if (anchor != null) {
                    anchors.add(anchor.toString());
                }
            }
        }

        /** A parser error with the line where the broken construct starts and the parser's whole cause. */
        private static InputException malformed(String source, StreamReadException e) {
            String original = e.getOriginalMessage();
            if (original != null && original.startsWith("Duplicate Object property")) {
                String key = original.replaceFirst("^Duplicate Object property \"(.*)\".*$", "$1");
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                return new InputException(source, line, null, "the key '" + key + "' appears twice in the same "
                        + "block; keep one (YAML does not say which would win)", e);
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof MarkedYamlEngineException marked) {
                    Optional<Mark> context = marked.getContextMark();
                    Optional<Mark> problem = marked.getProblemMark();
                    int line = context.or(() -> problem).map(m -> m.getLine() + 1).orElse(0);
                    StringBuilder why = new StringBuilder("malformed YAML: ");
                    if (marked.getContext() != null) {
                        why.append(oneLine(marked.getContext()));
                        context.ifPresent(m -> why.append(" (line ").append(m.getLine() + 1).append(", column ")
                                .append(m.getColumn() + 1).append(')'));
                        why.append(": ");
                    }
                    why.append(oneLine(marked.getProblem()));
                    problem.ifPresent(m -> why.append(" (line ").append(m.getLine() + 1).append(", column ")
                            .append(m.getColumn() + 1).append(')'));
                    return new InputException(source, line, null, why.toString(), e);
                }
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return new InputException(source, line, null, "malformed YAML: " + oneLine(original), e);
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

        /** The parser's whole message on one line. */
        private static String oneLine(String message) {
            if (message == null) {
                return "cannot parse";
            }
            return message.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining(" "));
        }
    }
}
