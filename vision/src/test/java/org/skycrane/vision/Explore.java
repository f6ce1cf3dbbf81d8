package org.skycrane.vision;

import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.trn.GrayImage;
import org.skycrane.gnc.trn.GroundProjection;
import org.skycrane.gnc.trn.LanderVisionSystem;
import org.skycrane.gnc.trn.LvsMaps;
import org.skycrane.io.ScenarioReader;
import org.skycrane.terrain.MapPoint;
import org.skycrane.terrain.Terrain;

/** Exploration: java -cp ... org.skycrane.vision.Explore */
public final class Explore {
    public static void main(String[] args) throws Exception {
        var s = ScenarioReader.read("examples/mars2020-jezero.yaml");
        Terrain t = s.environment().terrain();
        long t0 = System.nanoTime();
        LvsMaps maps = new RenderedVision().maps(t, s.trn());
        long t1 = System.nanoTime();
        System.out.println("maps s " + (t1 - t0) / 1e9);
        
        var cam = new RenderedDescentCamera(t, 512, Math.toRadians(31), Math.toRadians(261), 4200, 1);
        var proj = TestWorld.projection(t);
        var lvs = new LanderVisionSystem(LanderVisionSystem.Config.standard(), maps, proj, new GroundProjection(proj, TestWorld.dem(t)));
        for (int k = 0; k < 8; k++) {
            double e = 300 * k - 1000;
            double n = -400 + 200 * k;
            double h = t.height(e, n) + 4200 - 300 * k;
            Vector3D pos = t.frame().toMarsFixed(e, n, h);
            Rotation att = TestWorld.nadir(t, e, n, 0.4 * k, Math.toRadians(5));
            long a = System.nanoTime();
            var img = cam.capture(k, pos, att);
            long b = System.nanoTime();
            
            Vector3D believed = t.frame().toMarsFixed(e + 1500, n - 1200, h);
            var r = lvs.process(img, believed, att, 1200, true);
            long c = System.nanoTime();
            MapPoint f = r.fix() == null ? null : t.frame().toMap(r.fix().position());
            System.out.printf("render %.2f s lvs %.2f s rejected=%s score=%.2f templates=%d inliers=%d err=%s%n",
                    (b - a) / 1e9, (c - b) / 1e9, r.rejected(), r.coarseScore(), r.templates(), r.inliers(),
                    f == null ? "-" : String.format("%.1f m (%.1f, %.1f) sigma %.1f", Math.hypot(f.east() - e, f.north() - n), f.east() - e, f.north() - n, r.fix().sigma()));
        }
        cam.close();
    }

    static void save(GrayImage g, String path) throws Exception {
        BufferedImage im = new BufferedImage(g.width(), g.height(), BufferedImage.TYPE_BYTE_GRAY);
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (float v : g.pixels()) {
            if (!Float.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        for (int j = 0; j < g.height(); j++) {
            for (int i = 0; i < g.width(); i++) {
                float v = g.at(i, j);
                int c = Float.isNaN(v) ? 0 : (int) (255 * (v - lo) / Math.max(1e-9, hi - lo));
                im.getRaster().setSample(i, j, 0, c);
            }
        }
        ImageIO.write(im, "png", new File(path));
        System.out.println(path + " range " + lo + " .. " + hi);
    }
}
