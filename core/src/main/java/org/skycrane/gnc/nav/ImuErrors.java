package org.skycrane.gnc.nav;

/**
 * The inertial measurement unit's error budget as its data sheet states it, in SI units: what the
 * navigation filter is tuned with (and, on the truth side, what the simulated unit draws from).
 *
 * @param accelBias           accelerometer bias, 1σ per axis (m/s²)
 * @param accelBiasWalk       accelerometer bias random walk (m/s² per √s)
 * @param velocityRandomWalk  accelerometer white noise (m/s per √s)
 * @param accelScaleFactor    accelerometer scale-factor error, 1σ per axis (fraction)
 * @param gyroBias            gyro bias, 1σ per axis (rad/s)
 * @param gyroBiasWalk        gyro bias random walk (rad/s per √s)
 * @param angleRandomWalk     gyro white noise (rad per √s)
 * @param gyroScaleFactor     gyro scale-factor error, 1σ per axis (fraction)
 * @param misalignment        axis misalignment, 1σ per axis pair (rad)
 */
public record ImuErrors(double accelBias, double accelBiasWalk, double velocityRandomWalk, double accelScaleFactor,
                        double gyroBias, double gyroBiasWalk, double angleRandomWalk, double gyroScaleFactor,
                        double misalignment) {

    private static final double G0 = 9.80665;
    private static final double DEG = Math.PI / 180;
    private static final double HOUR = 3600;

    /**
     * Northrop Grumman LN-200S, the unit MSL and Mars 2020 flew, at its data-sheet class: gyro bias
     * 1°/h, angle random walk 0.07°/√h, scale factor 100 ppm; accelerometer bias 300 µg, velocity
     * random walk 50 µg/√Hz, scale factor 300 ppm; misalignment 0.1 mrad. Bias walks are ASSUMED a
     * tenth of the bias per √h.
     */
    public static ImuErrors ln200s() {
        return new ImuErrors(300e-6 * G0, 30e-6 * G0 / Math.sqrt(HOUR), 50e-6 * G0, 300e-6,
                1 * DEG / HOUR, 0.1 * DEG / HOUR / Math.sqrt(HOUR), 0.07 * DEG / Math.sqrt(HOUR), 100e-6, 1e-4);
    }

    /** An error-free unit. */
    public static ImuErrors perfect() {
        return new ImuErrors(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
