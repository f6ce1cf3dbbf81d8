package org.skycrane.film.sound;

import java.util.List;
import java.util.SplittableRandom;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.flight.StackState;
import org.skycrane.flight.EdlEvent;
import org.skycrane.render.audio.AudioClip;
import org.skycrane.sim.EventRecord;

/**
 * A synthesised sound of the descent as a microphone on the vehicle would hear it, from the
 * simulated flight. Perseverance's own microphone recorded nothing usable during EDL (Maki et al.
 * 2020 describe it; NASA reported the digitiser failed in descent), so this is a model, built from:
 *
 * <ul>
 *   <li><b>Wind</b>: turbulent boundary-layer noise, whose wall-pressure fluctuations scale with the
 *       dynamic pressure q (p′ ≈ 0.006 q, the classic flat-plate ratio); band-limited noise whose
 *       amplitude follows q, compressed as p′^½ for listening (loudness grows about as the square root
 *       of sound pressure).</li>
 *   <li><b>Parachute snap</b>: a burst at the canopy's first full open, heard from the canopy, i.e.
 *       delayed by the line length over the speed of sound at that altitude (the simulation's
 *       atmosphere: speed / Mach, about 230–240 m/s; Maurice et al. 2022, Nature 605:653, measured
 *       240 m/s below 240 Hz and 250 m/s above near Jezero's surface).</li>
 *   <li><b>Pyros</b>: sharp clicks at mortar fire, each balance-mass jettison, heat-shield and backshell
 *       separation and the bridle cut.</li>
 *   <li><b>Engines</b>: a rumble whose amplitude follows the thrust (jet noise power grows with it),
 *       compressed as for the wind.</li>
 * </ul>
 * Frequency-dependent absorption, strong in Mars's thin CO₂ at high frequency (Maurice et al. 2022),
 * is modelled for the distant snap as a low-pass at the frequency where an attenuation
 * α(f) = {@link #ABSORPTION_AT_1KHZ} (f / 1 kHz)² Np/m reaches 1 neper over the path (ASSUMED
 * coefficient); the near sources are low-passed at fixed cutoffs (ASSUMED).
 */
public final class OnboardSound {

    /** Attenuation of sound at 1 kHz in the Mars atmosphere near the surface (Np/m), ASSUMED. */
    public static final double ABSORPTION_AT_1KHZ = 0.05;
    /** Wall-pressure fluctuation over dynamic pressure of a turbulent boundary layer. */
    static final double WALL_PRESSURE_RATIO = 0.006;

    private static final double BLOCK = 0.01;

    private OnboardSound() {
    }

    /**
     * The onboard sound of {@code footage} from {@code start} (s since entry interface) for
     * {@code duration} (s) at {@code sampleRate}; peak near 0.35, to sit under the call-outs.
     *
     * @param seed seed of the noise (the sound is a pure function of it and the flight)
     */
    public static AudioClip of(Footage footage, double start, double duration, int sampleRate, long seed) {
        int n = (int) Math.round(duration * sampleRate);
        int blocks = (int) Math.ceil(duration / BLOCK) + 2;
        double[] wind = new double[blocks];
        double[] engine = new double[blocks];
        double windMax = 1e-9;
        double thrustMax = 1e-9;
        for (int b = 0; b < blocks; b++) {
            StackState s = footage.at(start + b * BLOCK);
            wind[b] = WALL_PRESSURE_RATIO * s.dynamicPressure();
            engine[b] = s.thrust().getNorm();
            windMax = Math.max(windMax, wind[b]);
            thrustMax = Math.max(thrustMax, engine[b]);
        }
        for (int b = 0; b < blocks; b++) {
            wind[b] = Math.sqrt(wind[b] / windMax);
            engine[b] = Math.sqrt(engine[b] / thrustMax);
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] out = new float[n];
        double windState = 0;
        double engineState = 0;
        double engineState2 = 0;
        double aw = lowPass(900, sampleRate);
        double ae = lowPass(250, sampleRate);
        for (int i = 0; i < n; i++) {
            double tb = i / (double) sampleRate / BLOCK;
            int b = (int) tb;
            double f = tb - b;
            double w = wind[b] + f * (wind[b + 1] - wind[b]);
            double e = engine[b] + f * (engine[b + 1] - engine[b]);
            windState += aw * (random.nextDouble(-1, 1) - windState);
            engineState += ae * (random.nextDouble(-1, 1) - engineState);
            engineState2 += ae * (engineState - engineState2);
            out[i] = (float) (0.25 * w * windState * 2.5 + 0.35 * e * engineState2 * 6);
        }
        addPyros(out, footage, start, sampleRate, random);
        addSnap(out, footage, start, sampleRate, random);
        return new AudioClip(clip(out), sampleRate);
    }

    /** One-pole low-pass coefficient for {@code cutoff} (Hz). */
    static double lowPass(double cutoff, int sampleRate) {
        return 1 - Math.exp(-2 * Math.PI * cutoff / sampleRate);
    }

    /** Cutoff (Hz) where the absorption over {@code distance} (m) reaches 1 neper. */
    public static double absorptionCutoff(double distance) {
        return 1000 * Math.sqrt(1 / (ABSORPTION_AT_1KHZ * Math.max(distance, 1e-3)));
    }

    private static void addPyros(float[] out, Footage footage, double start, int rate, SplittableRandom random) {
        List<EdlEvent> pyros = List.of(EdlEvent.PARACHUTE_DEPLOY, EdlEvent.BALANCE_MASS_JETTISON,
                EdlEvent.HEAT_SHIELD_SEPARATION, EdlEvent.BACKSHELL_SEPARATION, EdlEvent.BRIDLE_CUT);
        for (EventRecord r : footage.result().timeline().records()) {
            if (pyros.contains(r.event())) {
                burst(out, (r.time() - start) * rate, 0.02, 0.9, 4000, rate, random);
            }
        }
    }

    private static void addSnap(float[] out, Footage footage, double start, int rate, SplittableRandom random) {
        double stretch = footage.time(EdlEvent.LINE_STRETCH);
        if (Double.isNaN(stretch)) {
            return;
        }
        var parachute = footage.vehicle().parachute();
        StackState at = footage.at(stretch);
        double open = stretch + parachute.fillTime(at.speed());
        double distance = 1.7 * parachute.diameter() + 3;
        double soundSpeed = at.mach() > 0 ? at.speed() / at.mach() : 230;
        double arrival = open + distance / soundSpeed;
        burst(out, (arrival - start) * rate, 0.25, 0.8, absorptionCutoff(distance), rate, random);
    }

    /** Adds a decaying noise burst starting at sample {@code at}. */
    private static void burst(float[] out, double at, double decay, double gain, double cutoff, int rate,
                              SplittableRandom random) {
        int from = (int) Math.round(at);
        int length = (int) (5 * decay * rate);
        double a = lowPass(cutoff, rate);
        double state = 0;
        for (int k = 0; k < length; k++) {
            int i = from + k;
            state += a * (random.nextDouble(-1, 1) - state);
            if (i >= 0 && i < out.length) {
                out[i] += (float) (gain * Math.exp(-k / (decay * rate)) * state * 3);
            }
        }
    }

    private static float[] clip(float[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(-0.6f, Math.min(0.6f, x[i]));
        }
        return x;
    }
}
