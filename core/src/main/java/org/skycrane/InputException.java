package org.skycrane;

import java.util.Objects;

/**
 * Bad input from a user: a file that cannot be read, a malformed or unknown field, a value that is
 * physically impossible. It names where the problem is (file, line, field) so the command line can
 * print one clear line and exit with code 2 instead of a stack trace.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String field;

    /**
     * @param source  file name or other origin of the input, or {@code null}
     * @param line    1-based line number, or 0 when unknown
     * @param field   dotted path of the offending field, or {@code null}
     * @param problem what is wrong, with units where relevant
     */
    public InputException(String source, int line, String field, String problem) {
        this(source, line, field, problem, null);
    }

    public InputException(String source, int line, String field, String problem, Throwable cause) {
        super(compose(source, line, field, problem), cause);
        this.source = source;
        this.line = line;
        this.field = field;
    }

    /** Origin of the bad input (usually a file path), or {@code null}. */
    public String source() {
        return source;
    }

    /** 1-based line number, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** Dotted path of the offending field, or {@code null}. */
    public String field() {
        return field;
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
