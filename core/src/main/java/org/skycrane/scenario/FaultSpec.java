package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One injected fault: what fails and when. The flight software is not told; its fault protection
 * has to notice.
 *
 * @param kind      {@code radar_loss} (every beam), {@code radar_beam_loss} (the listed beams) or
 *                  {@code imu_bias_step} (the accelerometer bias steps by the given vector)
 * @param time      when it happens, since entry interface (s)
 * @param beams     for a beam loss: the beams lost (0 nadir, 1–3 at 20°, 4–5 at 50°)
 * @param biasStep  for a bias step: the step in body axes x, y, z (m/s²)
 */
public record FaultSpec(@JsonProperty("kind") String kind,
                        @JsonProperty("time_s") Double time,
                        @JsonProperty("beams") List<Integer> beams,
                        @JsonProperty("accel_bias_step_mps2") List<Double> biasStep) {

    /** The kinds this version injects. */
    public static final List<String> KINDS = List.of("radar_loss", "radar_beam_loss", "imu_bias_step");

    public FaultSpec {
        Check.required("kind", kind);
        if (!KINDS.contains(kind)) {
            throw new FieldException("kind", "must be one of " + String.join(", ", KINDS) + ", not '" + kind + "'");
        }
        Check.between("time_s", time, 0, 10_000, "s");
        if (kind.equals("radar_beam_loss")) {
            Check.required("beams", beams);
            if (beams.isEmpty()) {
                throw new FieldException("beams", "name at least one beam (0 to 5)");
            }
            for (Integer b : beams) {
                if (b == null || b < 0 || b > 5) {
                    throw new FieldException("beams", "beams are numbered 0 to 5, got " + b);
                }
            }
        }
        if (kind.equals("imu_bias_step")) {
            Check.required("accel_bias_step_mps2", biasStep);
            if (biasStep.size() != 3) {
                throw new FieldException("accel_bias_step_mps2", "give three components x, y, z (m/s²)");
            }
            for (Double v : biasStep) {
                Check.between("accel_bias_step_mps2", v, -10, 10, "m/s²");
            }
        }
        beams = beams == null ? List.of() : List.copyOf(beams);
        biasStep = biasStep == null ? List.of() : List.copyOf(biasStep);
    }
}
