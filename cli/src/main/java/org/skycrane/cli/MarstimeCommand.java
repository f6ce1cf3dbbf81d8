package org.skycrane.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skycrane.InputException;
import org.skycrane.earth.EarthTimelineJson;
import org.skycrane.earth.MarsTime;
import org.skycrane.earth.TimeScales;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code skycrane marstime [UTC] [--lon DEG] [--json]}: Mars time by the Mars24 algorithm. */
@Command(name = "marstime",
        mixinStandardHelpOptions = true,
        description = {"Mars time at a UTC instant by the Mars24 algorithm (Allison & McEwen 2000):",
            "Mars Sol Date, Coordinated Mars Time, local mean and true solar time, Ls."})
final class MarstimeCommand implements Callable<Integer> {

    private static final Clock CLOCK = Clock.systemUTC();

    /** The first instant not supported. */
    private static final Instant LAST_SUPPORTED = Instant.parse("2200-01-01T00:00:00Z");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Parameters(index = "0", arity = "0..1", paramLabel = "UTC",
            description = "UTC instant, ISO-8601: 2021-02-18T20:43:38Z, 2021-02-18T20:43:38 (read as UTC) "
                    + "or 2021-02-18 (midnight UTC); 1972 or later. Default: now.")
    String utc;

    @Option(names = "--lon", paramLabel = "DEG", defaultValue = "0",
            description = "Planetocentric east longitude in degrees for LMST and LTST (default: ${DEFAULT-VALUE}, "
                    + "the prime meridian; Jezero is 77.45, Gale 137.44).")
    double longitudeDeg;

    @Option(names = "--json", description = "Print JSON: msd, mtc, lmst, ltst, ls_deg and more.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Instant instant = utc == null ? CLOCK.instant() : parseUtc(utc);
        if (instant.isBefore(TimeScales.FIRST_SUPPORTED)) {
            throw new InputException(null, 0, "UTC",
                    "must be 1972-01-01 or later (no leap-second offset before), got '" + utc + "'");
        }
        if (!instant.isBefore(LAST_SUPPORTED)) {
            throw new InputException(null, 0, "UTC", "must be before 2200-01-01 (the Mars24 series of Allison & "
                    + "McEwen 2000 are fitted to the present era, and leap seconds after today's table are unknown), "
                    + "got '" + utc + "'");
        }
        if (!(longitudeDeg >= -360 && longitudeDeg <= 360)) {
            throw new InputException(null, 0, "--lon", "must be a longitude between -360 and 360 degrees (east "
                    + "positive, west negative), got " + longitudeDeg);
        }
        double longitude = Math.toRadians(longitudeDeg);
        MarsTime mars = MarsTime.at(instant);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(toJson(mars, longitude)));
        } else {
            print(out, mars, longitude);
        }
        out.flush();
        return 0;
    }

    /** Reads an ISO-8601 instant, local date-time (UTC) or date (midnight UTC); names the argument when it cannot. */
    static Instant parseUtc(String text) {
        String value = text.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException notOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeException notDate) {
                    throw new InputException(null, 0, "UTC",
                            "not an ISO-8601 UTC time (e.g. 2021-02-18T20:43:38Z): '" + text + "'", notDate);
                }
            }
        }
    }

    private static ObjectNode toJson(MarsTime mars, double longitude) {
        ObjectNode node = JSON.createObjectNode();
        node.put("utc", EarthTimelineJson.iso(mars.utc()));
        node.put("lon_deg", Math.toDegrees(longitude));
        node.put("tt_minus_utc_s", mars.ttMinusUtc());
        node.put("msd", round(mars.marsSolDate(), 6));
        node.put("mtc", MarsTime.formatHours(mars.mtcHours()));
        node.put("lmst", MarsTime.formatHours(mars.lmstHours(longitude)));
        node.put("ltst", MarsTime.formatHours(mars.ltstHours(longitude)));
        node.put("ls_deg", round(Math.toDegrees(mars.solarLongitude()), 6));
        node.put("mtc_h", round(mars.mtcHours(), 6));
        node.put("lmst_h", round(mars.lmstHours(longitude), 6));
        node.put("ltst_h", round(mars.ltstHours(longitude), 6));
        node.put("eot_deg", round(Math.toDegrees(mars.equationOfTime()), 6));
        node.put("subsolar_lon_deg", round(Math.toDegrees(mars.subsolarLongitude()), 6));
        node.put("solar_declination_deg", round(Math.toDegrees(mars.solarDeclination()), 6));
        return node;
    }

    private static void print(PrintWriter out, MarsTime mars, double longitude) {
        double lonDeg = Math.toDegrees(longitude);
        double subsolarEast = Math.toDegrees(mars.subsolarLongitude());
        double declination = Math.toDegrees(mars.solarDeclination());
        out.printf(Locale.ROOT, "Mars time at %s (TT-UTC %.3f s), Mars24 algorithm%n",
                   EarthTimelineJson.iso(mars.utc()), mars.ttMinusUtc());
        out.printf(Locale.ROOT, "  MSD   %.5f   Mars Sol Date%n", mars.marsSolDate());
        out.printf(Locale.ROOT, "  MTC   %s      Coordinated Mars Time (mean solar time at 0 deg E)%n",
                   MarsTime.formatHours(mars.mtcHours()));
        out.printf(Locale.ROOT, "  LMST  %s      local mean solar time at %s%n",
                   MarsTime.formatHours(mars.lmstHours(longitude)), Coordinates.longitude(lonDeg));
        out.printf(Locale.ROOT, "  LTST  %s      local true solar time at %s%n",
                   MarsTime.formatHours(mars.ltstHours(longitude)), Coordinates.longitude(lonDeg));
        out.printf(Locale.ROOT, "  Ls    %.5f deg  areocentric solar longitude%n", Math.toDegrees(mars.solarLongitude()));
        out.printf(Locale.ROOT, "  EOT   %.5f deg  equation of time (LTST - LMST = %.2f Mars min)%n",
                   Math.toDegrees(mars.equationOfTime()), Math.toDegrees(mars.equationOfTime()) * 4);
        out.printf(Locale.ROOT, "  Sun overhead at %.5f deg E (%.5f deg W), %.4f deg %s%n",
                   subsolarEast, (360.0 - subsolarEast) % 360.0, Math.abs(declination), declination < 0 ? "S" : "N");
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
