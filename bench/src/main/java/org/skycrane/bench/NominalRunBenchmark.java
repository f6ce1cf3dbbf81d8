package org.skycrane.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Outcome;
import org.skycrane.sim.Result;
import org.skycrane.sim.Simulation;

/**
 * One full nominal run, entry interface to the descent stage's impact, with no trajectory kept
 * and no file written: the unit of work of a Monte Carlo case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NominalRunBenchmark {

    @Param({"mars2020", "msl"})
    public String scenario;

    private Scenario loaded;

    @Setup(Level.Trial)
    public void load() {
        loaded = ScenarioReader.read(scenario);
    }

    @Benchmark
    public Result nominalRun() {
        Result result = Simulation.run(loaded, false);
        if (result.outcome() != Outcome.LANDED) {
            throw new IllegalStateException("benchmark run did not land: " + result.outcome());
        }
        return result;
    }
}
