package org.skycrane.film.scene;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.render.scene.Body;
import org.skycrane.render.scene.Material;
import org.skycrane.render.scene.Mesh;
import org.skycrane.render.scene.Pose;
import org.skycrane.render.scene.Shapes;

/**
 * The vehicle's parts as simple solids in the stack's body frame (x along the heat-shield axis,
 * forward, down in descent; metres). The reference point, x = 0, is the bottom of the rover's wheels
 * while the rover is stowed, which is where the simulation measures the stack's height from.
 *
 * <p>Dimensions: aeroshell 4.5 m across, a 70° sphere-cone heat shield (REFERENCE: mars.nasa.gov MSL
 * heat shield; the same design flew on Mars 2020); rover about 3 m long and 2.7 m wide (NASA fact
 * sheet); eight descent engines in four pairs (Aerojet MR-80B, Dawson et al. 2007). Everything else
 * (backshell height and top radius, descent-stage box and tanks, nozzle sizes, colours) is ASSUMED
 * from the public pictures, to within about a quarter of a metre.
 */
public final class Hardware {

    /** Largest radius of the aeroshell (m). */
    public static final double AEROSHELL_RADIUS = 2.25;
    /** Body x of the heat shield's and backshell's common rim (m). */
    public static final double RIM_X = 0.25;
    /** Body x of the top of the parachute support structure, where the up-look cameras sit (m). */
    public static final double SUPPORT_TOP_X = -2.3;
    /** Body x of the descent stage's underside, where its down-look camera and the engine exits are (m). */
    public static final double STAGE_BOTTOM_X = -0.95;
    /** Body x of the rover's top deck (m). */
    public static final double ROVER_DECK_X = -0.9;
    /** Body x of the rover's belly (m). */
    public static final double ROVER_BELLY_X = -0.35;

    private static final Rotation Z_TO_FORWARD = new Rotation(Vector3D.PLUS_K, Vector3D.PLUS_I);
    private static final Rotation Z_TO_AFT = new Rotation(Vector3D.PLUS_K, Vector3D.MINUS_I);
    private static final Rotation Z_TO_SIDE = new Rotation(Vector3D.PLUS_K, Vector3D.PLUS_J);

    private static final double HEAT_SHIELD_HEIGHT = AEROSHELL_RADIUS / Math.tan(Math.toRadians(70));

    private static final Mesh HEAT_SHIELD = Shapes.coneFrustum(AEROSHELL_RADIUS, 0, HEAT_SHIELD_HEIGHT, 72);
    private static final Mesh BACKSHELL = Shapes.coneFrustum(AEROSHELL_RADIUS, 0.8, 1.9, 72);
    private static final Mesh SUPPORT = Shapes.closedCylinder(0.7, 0.65, 36);
    private static final Mesh ROVER_BODY = Shapes.box(0.55, 2.7, 3.0);
    private static final Mesh WHEEL = Shapes.closedCylinder(0.26, 0.25, 24);
    private static final Mesh STAGE_BODY = Shapes.box(0.7, 2.4, 2.4);
    private static final Mesh TANK = Shapes.sphere(0.5, 24, 12);
    private static final Mesh NOZZLE = Shapes.coneFrustum(0.16, 0.06, 0.4, 16);

    static final Material PICA = Material.matteSrgb(0x3A2C22);
    static final Material HEAT_SHIELD_INSIDE = Material.matteSrgb(0xC9C1B2);
    static final Material BACKSHELL_WHITE = Material.matteSrgb(0xE6E2D8);
    static final Material ROVER_WHITE = Material.matteSrgb(0xCFCBC2);
    static final Material WHEEL_GREY = Material.matteSrgb(0x8C8C88);
    static final Material STAGE_GOLD = Material.matteSrgb(0xB39B62);
    static final Material TANK_GREY = Material.matteSrgb(0x9A9A96);
    static final Material NOZZLE_DARK = Material.matteSrgb(0x4A4A48);

    private Hardware() {
    }

    /** The heat shield, its outer (PICA) face and its inner face, in its own body frame (rim at x = RIM_X). */
    public static List<Body> heatShield(Pose pose) {
        List<Body> parts = new ArrayList<>();
        parts.add(part(HEAT_SHIELD, PICA, pose, new Vector3D(RIM_X, 0, 0), Z_TO_FORWARD));
        parts.add(part(HEAT_SHIELD, HEAT_SHIELD_INSIDE, pose, new Vector3D(RIM_X - 0.03, 0, 0), Z_TO_FORWARD));
        return parts;
    }

    /** The backshell and the parachute support structure on top of it. */
    public static List<Body> backshell(Pose pose) {
        List<Body> parts = new ArrayList<>();
        parts.add(part(BACKSHELL, BACKSHELL_WHITE, pose, new Vector3D(RIM_X, 0, 0), Z_TO_AFT));
        parts.add(part(SUPPORT, BACKSHELL_WHITE, pose, new Vector3D(SUPPORT_TOP_X + 0.65, 0, 0), Z_TO_AFT));
        return parts;
    }

    /** The descent stage: its body, four propellant tanks and eight engines in four pairs. */
    public static List<Body> descentStage(Pose pose) {
        List<Body> parts = new ArrayList<>();
        parts.add(part(STAGE_BODY, STAGE_GOLD, pose, new Vector3D(STAGE_BOTTOM_X - 0.35, 0, 0), Rotation.IDENTITY));
        for (int sy = -1; sy <= 1; sy += 2) {
            for (int sz = -1; sz <= 1; sz += 2) {
                parts.add(part(TANK, TANK_GREY, pose, new Vector3D(STAGE_BOTTOM_X - 0.4, sy * 1.05, sz * 1.05),
                        Rotation.IDENTITY));
            }
        }
        for (Vector3D exit : engineExits()) {
            parts.add(part(NOZZLE, NOZZLE_DARK, pose, exit, Z_TO_AFT));
        }
        return parts;
    }

    /** Body positions of the eight engine exits (m): two at each corner of the stage. */
    public static List<Vector3D> engineExits() {
        List<Vector3D> exits = new ArrayList<>();
        for (int sy = -1; sy <= 1; sy += 2) {
            for (int sz = -1; sz <= 1; sz += 2) {
                exits.add(new Vector3D(STAGE_BOTTOM_X, sy * 1.45, sz * 1.15));
                exits.add(new Vector3D(STAGE_BOTTOM_X, sy * 1.15, sz * 1.45));
            }
        }
        return exits;
    }

    /** The rover, in its own body frame (wheels' bottom at x = 0). */
    public static List<Body> rover(Pose pose) {
        List<Body> parts = new ArrayList<>();
        parts.add(part(ROVER_BODY, ROVER_WHITE, pose, new Vector3D(ROVER_BELLY_X - 0.275, 0, 0), Rotation.IDENTITY));
        for (int side = -1; side <= 1; side += 2) {
            for (int k = -1; k <= 1; k++) {
                parts.add(part(WHEEL, WHEEL_GREY, pose, new Vector3D(-0.26, side * 1.3 - 0.125, k * 1.2), Z_TO_SIDE));
            }
        }
        return parts;
    }

    /** Body-frame point of the bridles' attachment on the stage, and on the rover, for bridle {@code k} of 3. */
    public static Vector3D bridleOnStage(int k) {
        double az = 2 * Math.PI * k / 3;
        return new Vector3D(STAGE_BOTTOM_X, 0.6 * Math.cos(az), 0.6 * Math.sin(az));
    }

    /** Body-frame point of bridle {@code k}'s attachment on the rover's deck. */
    public static Vector3D bridleOnRover(int k) {
        double az = 2 * Math.PI * k / 3;
        return new Vector3D(ROVER_DECK_X, 0.9 * Math.cos(az), 0.9 * Math.sin(az));
    }

    private static Body part(Mesh mesh, Material material, Pose pose, Vector3D offset, Rotation meshToBody) {
        Rotation attitude = pose.attitude().compose(meshToBody, RotationConvention.VECTOR_OPERATOR);
        return Body.of(mesh, material, new Pose(pose.position().add(pose.attitude().applyTo(offset)), attitude));
    }
}
