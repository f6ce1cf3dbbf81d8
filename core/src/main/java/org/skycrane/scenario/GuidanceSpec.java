package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Entry guidance settings. APOLLO flies the Entry Terminal Point Controller about a reference
 * trajectory flown with the sequence's bank schedule; OPEN_LOOP flies the bank schedule itself.
 */
public record GuidanceSpec(@JsonProperty("mode") Mode mode,
                           @JsonProperty("overcontrol_gain") Double overcontrolGain,
                           @JsonProperty("range_control_drag_mps2") Double rangeControlDrag,
                           @JsonProperty("heading_alignment_speed_mps") Double headingAlignmentSpeed,
                           @JsonProperty("heading_alignment_gain") Double headingAlignmentGain,
                           @JsonProperty("heading_alignment_max_bank_deg") Double headingAlignmentMaxBankDeg,
                           @JsonProperty("corridor_gain") Double corridorGain,
                           @JsonProperty("corridor_minimum_m") Double corridorMinimum,
                           @JsonProperty("lateral_margin_deg") Double lateralMarginDeg,
                           @JsonProperty("max_bank_rate_deg_per_s") Double maxBankRateDeg,
                           @JsonProperty("max_bank_acceleration_deg_per_s2") Double maxBankAccelerationDeg) {

    /** Entry guidance modes. */
    public enum Mode { APOLLO, OPEN_LOOP }

    public GuidanceSpec {
        Check.required("mode", mode);
        Check.positive("overcontrol_gain", overcontrolGain, null);
        Check.positive("range_control_drag_mps2", rangeControlDrag, "m/s2");
        Check.nonNegative("heading_alignment_speed_mps", headingAlignmentSpeed, "m/s");
        Check.positive("heading_alignment_gain", headingAlignmentGain, null);
        Check.between("heading_alignment_max_bank_deg", headingAlignmentMaxBankDeg, 0, 90, "deg");
        Check.positive("corridor_gain", corridorGain, null);
        Check.nonNegative("corridor_minimum_m", corridorMinimum, "m");
        Check.between("lateral_margin_deg", lateralMarginDeg, 0, 45, "deg");
        Check.positive("max_bank_rate_deg_per_s", maxBankRateDeg, "deg/s");
        Check.positive("max_bank_acceleration_deg_per_s2", maxBankAccelerationDeg, "deg/s2");
    }
}
