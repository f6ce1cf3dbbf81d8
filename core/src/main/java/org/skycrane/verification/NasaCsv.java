package org.skycrane.verification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skycrane.InputException;

/**
 * Reads one of NASA's check-case time histories: a comma-separated file whose header names each
 * column with its unit ({@code altitudeMsl_ft}, {@code feVelocity_ft_s_X}, {@code airDensity_slug_ft3}),
 * converted to SI as it is read. {@code time} is in seconds and {@code mach} has no unit; a trailing
 * axis ({@code _X}, {@code _Y}, {@code _Z}, {@code _L}, {@code _M}, {@code _N}, {@code _Roll},
 * {@code _Pitch}, {@code _Yaw}) stays in the column's name.
 */
public final class NasaCsv {

    private static final Set<String> AXES = Set.of("X", "Y", "Z", "L", "M", "N", "Roll", "Pitch", "Yaw");
    private static final Set<String> DIMENSIONLESS = Set.of("mach");

    private NasaCsv() {
    }

    /**
     * The history in {@code in}.
     *
     * @param source name of the file, for error messages
     * @param tool   the tool's name, for example {@code sim_04}
     * @throws InputException naming file, line and column when a header has no known unit, a row has
     *                        the wrong number of fields or a field is not a finite number
     */
    public static ToolHistory read(String source, String tool, Reader in) {
        try (BufferedReader lines = new BufferedReader(in)) {
            String header = lines.readLine();
            if (header == null) {
                throw new InputException(source, 1, null, "empty file, expected a header of column names with units");
            }
            String[] names = header.split(",", -1);
            if (!names[0].equals("time")) {
                throw new InputException(source, 1, names[0], "the first column must be time (s)");
            }
            String[] keys = new String[names.length];
            double[] factors = new double[names.length];
            for (int c = 1; c < names.length; c++) {
                Column column = parse(source, names[c]);
                keys[c] = column.name();
                factors[c] = column.factor();
            }
            List<double[]> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != names.length) {
                    throw new InputException(source, number, null, "expected " + names.length + " fields, got " + fields.length);
                }
                double[] row = new double[names.length];
                for (int c = 0; c < names.length; c++) {
                    row[c] = number(source, number, names[c], fields[c]) * (c == 0 ? 1 : factors[c]);
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw new InputException(source, 2, null, "no samples after the header");
            }
            double[] times = new double[rows.size()];
            Map<String, double[]> columns = new LinkedHashMap<>();
            for (int c = 1; c < names.length; c++) {
                columns.put(keys[c], new double[rows.size()]);
            }
            for (int i = 0; i < rows.size(); i++) {
                times[i] = rows.get(i)[0];
                for (int c = 1; c < names.length; c++) {
                    columns.get(keys[c])[i] = rows.get(i)[c];
                }
            }
            return new ToolHistory(tool, times, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(source, e);
        }
    }

    private record Column(String name, double factor) {
    }

    /** Splits {@code quantity_unit[_axis]} into the column name without unit and the SI factor. */
    private static Column parse(String source, String header) {
        if (DIMENSIONLESS.contains(header)) {
            return new Column(header, 1);
        }
        String[] tokens = header.split("_");
        int end = tokens.length;
        String axis = null;
        if (end > 1 && AXES.contains(tokens[end - 1])) {
            axis = tokens[end - 1];
            end--;
        }
        for (int length = Math.min(2, end - 1); length >= 1; length--) {
            String unit = String.join("_", Arrays.copyOfRange(tokens, end - length, end));
            if (EnglishUnits.known(unit)) {
                String name = String.join("_", Arrays.copyOfRange(tokens, 0, end - length));
                return new Column(axis == null ? name : name + "_" + axis, EnglishUnits.toSi(unit));
            }
        }
        throw new InputException(source, 1, header, "no known unit in the column name (expected for example _ft, _ft_s, _deg, _slug_ft3)");
    }

    private static double number(String source, int line, String column, String field) {
        try {
            double value = Double.parseDouble(field.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InputException(source, line, column, "not a finite number: '" + field + "'");
        }
    }
}
