package org.skycrane.film;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The strip along the bottom of the composed film: clock, altitude, speed, the current event and the view. */
final class CaptionStrip {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private CaptionStrip() {
    }

    /** Height of the strip for a picture {@code height} px tall (px). */
    static int height(int height) {
        return Math.max(14, height / 10);
    }

    /**
     * Draws the strip over the bottom of {@code frame}.
     *
     * @param ert      Earth-received time of the frame
     * @param time     since entry interface (s)
     * @param altitude above ground (m)
     * @param speed    m/s
     * @param event    the last event, or empty
     * @param view     which view is shown
     */
    static void draw(BufferedImage frame, Instant ert, double time, double altitude, double speed, String event,
                     String view) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        int strip = height(h);
        Graphics2D g = frame.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0, 0, 0, 170));
            g.fillRect(0, h - strip, w, strip);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(7, strip * 2 / 5)));
            g.setColor(Color.WHITE);
            String line1 = String.format(Locale.ROOT, "ERT %s UTC   E+%.1f s   altitude %s   speed %.0f m/s",
                    CLOCK.format(ert), time, altitude >= 1000 ? String.format(Locale.ROOT, "%.2f km", altitude / 1000)
                            : String.format(Locale.ROOT, "%.0f m", Math.max(0, altitude)), speed);
            String line2 = (event.isEmpty() ? "" : event.replace('_', ' ') + "   ") + view;
            int base = h - strip + g.getFontMetrics().getAscent() + 1;
            g.drawString(line1, 4, base);
            g.setColor(new Color(255, 200, 120));
            g.drawString(line2, 4, base + g.getFontMetrics().getHeight());
        } finally {
            g.dispose();
        }
    }
}
