package org.skycrane.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.skycrane.InputException;
import org.skycrane.SafeFiles;
import org.skycrane.verification.CaseComparison;
import org.skycrane.verification.CheckCase;
import org.skycrane.verification.NescCases;
import org.skycrane.verification.NescComparison;
import org.skycrane.verification.NescFlight;
import org.skycrane.verification.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skycrane verify nesc}: NASA's NESC atmospheric check cases (NASA/TM-2015-218675) flown by
 * Skycrane's equations of motion on a ballistic sphere, compared with the family of NASA tools.
 */
@Command(name = "nesc", mixinStandardHelpOptions = true,
        description = "Fly NASA's NESC atmospheric check cases (1, 4, 5, 6, 7, 8 of NASA/TM-2015-218675: a sphere "
                + "dropped from 30,000 ft) with Skycrane's dynamics and compare, at NASA's sample times, geodetic "
                + "altitude, latitude, longitude, the NED Earth-relative velocity and the air data with the median "
                + "of NASA's tools. A case passes where Skycrane's difference from the median is within the family's "
                + "spread, or 1 cm and 1 mm/s where those are larger. Writes nesc.json and one plot per case. "
                + "Exit code 1 if any case fails.")
final class VerifyNescCommand implements Callable<Integer> {

    static final String JSON = "nesc.json";

    @Spec
    CommandSpec spec;

    @Option(names = "--case", paramLabel = "N", arity = "1..*",
            description = "Case numbers to fly (default: all of 1, 4, 5, 6, 7, 8).")
    List<Integer> cases;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for nesc.json and the plots "
            + "(default: skycrane-out/verify-nesc).")
    Path out;

    @Option(names = "--no-plots", description = "Do not write plots.")
    boolean noPlots;

    @Override
    public Integer call() throws Exception {
        List<CheckCase> chosen = new ArrayList<>();
        if (cases == null || cases.isEmpty()) {
            chosen.addAll(NescCases.all());
        } else {
            for (int n : cases) {
                try {
                    CheckCase c = NescCases.byNumber(n);
                    if (!chosen.contains(c)) {
                        chosen.add(c);
                    }
                } catch (IllegalArgumentException e) {
                    throw new InputException("--case", 0, String.valueOf(n), e.getMessage());
                }
            }
        }
        List<CaseComparison> results = new ArrayList<>();
        for (CheckCase c : chosen) {
            results.add(NescComparison.compare(c, new NescFlight(c)));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(VerificationReport.table(results));
        stdout.flush();
        Path dir = out != null ? out : Path.of("skycrane-out", "verify-nesc");
        List<Path> stale = new ArrayList<>(List.of(dir.resolve(JSON)));
        NescCases.all().forEach(c -> stale.add(dir.resolve(NescPlots.file(c))));
        try (SafeFiles.Batch batch = SafeFiles.batch()) {
            if (!noPlots) {
                for (CaseComparison c : results) {
                    NescPlots.write(c, dir, batch);
                }
            }
            batch.writeString(dir.resolve(JSON), VerificationReport.toJson(results, true).toPrettyString());
            batch.commit(stale);
        }
        stdout.println("wrote " + dir.resolve(JSON) + (noPlots ? "" : " and one plot per case"));
        return VerificationReport.passes(results) ? 0 : 1;
    }
}
