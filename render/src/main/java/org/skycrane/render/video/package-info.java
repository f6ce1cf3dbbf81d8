/**
 * MP4 films: {@link org.skycrane.render.video.Mp4Writer} encodes frames one by one to H.264
 * (jcodec) with a mono 48 kHz 16-bit PCM sound track; {@link org.skycrane.render.video.Mp4Reader}
 * decodes them back for checks.
 *
 * <p>Pitfall: the index is written at the end, so a film is unreadable until the writer is closed;
 * frame sizes must be even.
 */
package org.skycrane.render.video;
