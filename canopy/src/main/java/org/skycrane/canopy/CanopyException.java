package org.skycrane.canopy;

import java.util.Objects;

/**
 * A message, location, pattern or picture that is not a valid canopy code. It says where the
 * problem is (source, line, field) and what it is, so that a caller can report it as bad input in
 * one line; the message reads {@code source:line: field: problem}, leaving out the parts not known.
 */
public final class CanopyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String field;
    private final String problem;

    /**
     * @param source  file name or other origin of the input, or {@code null}
     * @param line    1-based line number, or 0 when unknown
     * @param field   what is wrong in it ({@code message}, {@code location}, {@code ring 2}), or {@code null}
     * @param problem what is wrong, with units where relevant
     */
    public CanopyException(String source, int line, String field, String problem) {
        super(compose(source, line, field, problem));
        this.source = source;
        this.line = line;
        this.field = field;
        this.problem = Objects.requireNonNullElse(problem, "invalid input");
    }

    /** Origin of the bad input (usually a file path), or {@code null}. */
    public String source() {
        return source;
    }

    /** 1-based line number, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The part that is wrong ({@code message}, {@code location}, {@code ring N}), or {@code null}. */
    public String field() {
        return field;
    }

    /** What is wrong, without source, line or field. */
    public String problem() {
        return problem;
    }

    private static String compose(String source, int line, String field, String problem) {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source);
            if (line > 0) {
                text.append(':').append(line);
            }
            text.append(": ");
        } else if (line > 0) {
            text.append("line ").append(line).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            text.append(field).append(": ");
        }
        text.append(Objects.requireNonNullElse(problem, "invalid input"));
        return text.toString();
    }
}
