/**
 * Sound for films: offline speech ({@link org.skycrane.render.audio.Speech}, FreeTTS), sample-rate
 * conversion, a {@link org.skycrane.render.audio.Mixer} that adds clips placed in time and a
 * {@link org.skycrane.render.audio.Limiter} that keeps the sum within full scale, and a
 * cross-correlation {@link org.skycrane.render.audio.ClipLocator} to find a clip in a track.
 *
 * <p>Pitfall: samples are floats in [−1, 1] at a stated rate; clips placed in a mixer are
 * resampled to its rate, so a 16 kHz voice mixes correctly into a 48 kHz track.
 */
package org.skycrane.render.audio;
