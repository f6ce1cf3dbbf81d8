/**
 * The code on the Mars 2020 parachute ("DARE MIGHTY THINGS"): a message of up to three words and a
 * location, written in red (1) and white (0) segments on four rings of 80 gores each.
 *
 * <p>{@link org.skycrane.canopy.CanopyCode} is what a canopy says, {@link org.skycrane.canopy.CanopyPattern}
 * is how it looks (4 × 80 bits), {@link org.skycrane.canopy.CanopyEncoder} and
 * {@link org.skycrane.canopy.CanopyDecoder} go between the two, {@link org.skycrane.canopy.CanopyText},
 * {@link org.skycrane.canopy.CanopyRenderer} and {@link org.skycrane.canopy.CanopyImageReader} read
 * and write it as text, pictures and camera images. The code and its public decode are described in
 * docs/parachute.md.
 *
 * <p>Pitfall: a pattern has no fixed origin. Segment 0 is wherever the writer started, so every reader
 * must find where each ring starts (the first white segment after the ring's long red run) and read
 * the outer ring from the angle where the innermost ring starts; "clockwise" is as seen from
 * <em>below</em>, so a mirrored picture reads backwards.
 */
package org.skycrane.canopy;
