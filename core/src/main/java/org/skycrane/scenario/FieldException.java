package org.skycrane.scenario;

/**
 * A scenario value that is missing or physically impossible. Carries the field's name relative to
 * the object being built; the reader prefixes the path and finds the line.
 */
public final class FieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FieldException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /** Field name as written in the scenario file. */
    public String field() {
        return field;
    }
}
