package org.skycrane.sensors;

import java.util.random.RandomGenerator;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.ImuErrors;
import org.skycrane.gnc.nav.ImuSample;

/**
 * The inertial measurement unit on the truth side: the true motion's increments over one navigation
 * cycle, as the unit's accelerometers and gyros report them, with this unit's own errors.
 *
 * <p>Each unit draws its biases, scale factors and misalignments once from its data sheet's 1σ
 * values; white noise and the biases' random walks are drawn every cycle. A nominal unit has every
 * error at its mean, zero, so a nominal run flies the design trajectory. The
 * increments are referred to the body's attitude at mid-cycle, the convention the navigation
 * computer's mechanization inverts exactly, so an error-free unit dead-reckons without error; coning
 * and sculling are not modelled (the attitude model turns slowly and smoothly).
 */
public final class Imu {

    private final ImuErrors errors;
    private final RandomGenerator noise;
    private final Vector3D accelBias0;
    private final Vector3D gyroBias0;
    private Vector3D accelBias;
    private Vector3D gyroBias;
    private final Vector3D accelScale;
    private final Vector3D gyroScale;
    private final Rotation accelMisalignment;
    private final Rotation gyroMisalignment;
    private Vector3D biasStep = Vector3D.ZERO;
    private double noiseScale;

    /**
     * @param errors  the data sheet's error budget
     * @param noise   this unit's random stream (white noise, walks and, unless nominal, its constants)
     * @param nominal whether the unit is error-free, every error at its mean of zero (a nominal run)
     */
    public Imu(ImuErrors errors, RandomGenerator noise, boolean nominal) {
        this.errors = errors;
        this.noise = noise;
        double k = nominal ? 0 : 1;
        this.noiseScale = k;
        this.accelBias0 = gaussian(k * errors.accelBias());
        this.gyroBias0 = gaussian(k * errors.gyroBias());
        this.accelScale = gaussian(k * errors.accelScaleFactor());
        this.gyroScale = gaussian(k * errors.gyroScaleFactor());
        this.accelMisalignment = rotation(gaussian(k * errors.misalignment()));
        this.gyroMisalignment = rotation(gaussian(k * errors.misalignment()));
        this.accelBias = accelBias0;
        this.gyroBias = gyroBias0;
    }

    /** Adds a step to the accelerometer bias from now on (a fault), body axes (m/s²). */
    public void stepAccelerometerBias(Vector3D step) {
        biasStep = biasStep.add(step);
    }

    /**
     * One cycle's report.
     *
     * @param time          end of the cycle (s)
     * @param interval      its length (s)
     * @param deltaVelocity true sensed velocity change ∫ f dt, inertial axes (m/s)
     * @param deltaDisplacement true ∫∫ f dt², inertial axes (m)
     * @param start         body-to-inertial attitude at the cycle's start
     * @param end           body-to-inertial attitude at its end
     */
    public ImuSample measure(double time, double interval, Vector3D deltaVelocity, Vector3D deltaDisplacement,
                             Rotation start, Rotation end) {
        Rotation turn = start.revert().compose(end, RotationConvention.VECTOR_OPERATOR);
        Vector3D angle = turn.getAngle() < 1e-15 ? Vector3D.ZERO
                : turn.getAxis(RotationConvention.VECTOR_OPERATOR).scalarMultiply(turn.getAngle());
        Rotation mid = start.compose(rotation(angle.scalarMultiply(0.5)), RotationConvention.VECTOR_OPERATOR);
        Vector3D dv = mid.applyInverseTo(deltaVelocity);
        Vector3D dr = mid.applyInverseTo(deltaDisplacement);
        double dt = interval;
        Vector3D bias = accelBias.add(biasStep);
        double vrw = errors.velocityRandomWalk();
        Vector3D noiseV = gaussian(vrw * Math.sqrt(dt));
        Vector3D noiseR = new Vector3D(dt / 2, noiseV, 1, gaussian(vrw * Math.sqrt(dt * dt * dt / 12)));
        Vector3D measuredV = new Vector3D(1, scale(accelScale, accelMisalignment.applyTo(dv)), dt, bias, 1, noiseV);
        Vector3D measuredR = new Vector3D(1, scale(accelScale, accelMisalignment.applyTo(dr)), dt * dt / 2, bias, 1,
                noiseR);
        Vector3D measuredA = new Vector3D(1, scale(gyroScale, gyroMisalignment.applyTo(angle)), dt, gyroBias, 1,
                gaussian(errors.angleRandomWalk() * Math.sqrt(dt)));
        accelBias = accelBias.add(gaussian(errors.accelBiasWalk() * Math.sqrt(dt)));
        gyroBias = gyroBias.add(gaussian(errors.gyroBiasWalk() * Math.sqrt(dt)));
        return new ImuSample(time, interval, measuredV, measuredR, measuredA);
    }

    private static Vector3D scale(Vector3D s, Vector3D v) {
        return new Vector3D((1 + s.getX()) * v.getX(), (1 + s.getY()) * v.getY(), (1 + s.getZ()) * v.getZ());
    }

    private Vector3D gaussian(double sigma) {
        sigma *= noiseScale;
        return new Vector3D(sigma * noise.nextGaussian(), sigma * noise.nextGaussian(), sigma * noise.nextGaussian());
    }

    static Rotation rotation(Vector3D v) {
        double a = v.getNorm();
        return a < 1e-15 ? Rotation.IDENTITY : new Rotation(v, a, RotationConvention.VECTOR_OPERATOR);
    }
}
