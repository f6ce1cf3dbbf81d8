package org.skycrane.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.skycrane.InputException;
import org.skycrane.io.ScenarioReader;
import org.skycrane.io.SummaryWriter;
import org.skycrane.mars.Ellipsoid;
import org.skycrane.mars.Environment;
import org.skycrane.mars.GeodeticPoint;
import org.skycrane.mars.StandardAtmosphere1976;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The planet block: presets, the altitude datum, the named standard atmosphere, the datum in the summary. */
class PlanetSpecTest {

    /** The mars2020 preset writes its planet out; the named preset {@code mars} is the same planet (construction). */
    @Test
    void marsPresetIsThePlanetTheMarsScenariosWriteOut() {
        Scenario m2020 = ScenarioReader.read("mars2020");
        PlanetSpec named = new PlanetSpec("mars", null, null, null, null, null, null, null);
        assertThat(named.planet()).isEqualTo(m2020.planet().planet());
        assertThat(m2020.planet().ellipsoid()).as("the preset stays on the areoid at site").isNull();
        assertThat(m2020.environment().datum()).startsWith("areoid at site");
    }

    /** earth_wgs84 on its ellipsoid: WGS-84's GM and a, geodetic altitude (NIMA TR8350.2 Table 3.1). */
    @Test
    void earthPresetOnItsEllipsoidGivesGeodeticAltitude() {
        PlanetSpec earth = new PlanetSpec("earth_wgs84", null, null, null, null, "ellipsoid", null, null);
        assertThat(earth.planet().gm()).isEqualTo(3.986004418e14);
        assertThat(earth.planet().j2()).isCloseTo(1.08262982e-3, org.assertj.core.data.Offset.offset(1e-11));
        assertThat(earth.ellipsoid()).isEqualTo(Ellipsoid.WGS84);
        Environment world = new Environment(earth.planet(), new StandardAtmosphere1976(),
                new org.skycrane.mars.LandingSite("x", 0, 0, 6_378_137.0, 0), earth.ellipsoid(), true);
        Vector3D pole = Ellipsoid.WGS84.position(new GeodeticPoint(Math.PI / 2, 0, 1000));
        assertThat(world.altitude(pole)).isCloseTo(1000, org.assertj.core.data.Offset.offset(1e-6));
    }

    /** datum: ellipsoid on a Mars scenario is the IAU 2015 ellipsoid, 3,396.19 × 3,376.20 km (Archinal et al. 2018). */
    @Test
    void ellipsoidDatumOnMarsIsTheIauEllipsoid() {
        Scenario s = ScenarioReader.parse("base: mars2020\nname: iau\nplanet:\n  datum: ellipsoid\n", "iau.yaml");
        assertThat(s.planet().ellipsoid()).isEqualTo(Ellipsoid.IAU_2015_MARS);
        assertThat(s.environment().datum()).startsWith("ellipsoid a = 3396190.000 m");
    }

    @Test
    void badPlanetInputNamesTheField() {
        assertThatThrownBy(() -> ScenarioReader.parse("base: mars2020\nname: x\nplanet:\n  preset: venus\n", "p.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("p.yaml:4: planet.preset");
        assertThatThrownBy(() -> ScenarioReader.parse("base: mars2020\nname: x\nplanet:\n  flattening: 0.01\n", "p.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("planet.flattening")
                .hasMessageContaining("datum: ellipsoid");
        assertThatThrownBy(() -> ScenarioReader.parse("base: mars2020\nname: x\nplanet:\n  datum: geoid\n", "p.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("planet.datum");
    }

    /** model: us1976 is the US 1976 standard (NOAA/NASA/USAF 1976): 1.2250 kg/m³ at sea level, Table I. */
    @Test
    void us1976IsANamedAtmosphereModel() {
        AtmosphereSpec spec = new AtmosphereSpec(AtmosphereSpec.Model.US1976, null, null, null, null, null, null, null,
                null, null);
        assertThat(spec.atmosphere(-1).at(0).density()).isCloseTo(1.2250, org.assertj.core.data.Offset.offset(1e-4));
    }

    /** A Mars entry starts above 86 km, where the US 1976 standard ends: bad input naming the field. */
    @Test
    void us1976RefusesAnEntryAboveItsTop() {
        assertThatThrownBy(() -> ScenarioReader.parse("base: mars2020\nname: x\natmosphere:\n  model: us1976\n",
                "u.yaml")).isInstanceOf(InputException.class).hasMessageContaining("atmosphere.model")
                .hasMessageContaining("86 km");
    }

    /**
     * The summary states the datum and gives geodetic latitude beside the planetocentric one: Jezero's
     * target at 18.4° planetocentric is about 0.2° further north geodetically on the IAU ellipsoid
     * (tan φ = tan ψ / (1 − e²), e² = 0.01174).
     */
    @Test
    void summaryStatesTheDatumAndGeodeticLatitude() {
        Scenario s = ScenarioReader.read("mars2020");
        ObjectNode summary = JsonMapper.builder().build().createObjectNode();
        summary.putObject("target").put("lat_deg", 18.4).put("lon_deg", 77.5);
        SummaryWriter.withDatum(summary, s);
        assertThat(summary.get("altitude_datum").asString()).startsWith("areoid at site");
        double e2 = Ellipsoid.IAU_2015_MARS.eccentricitySquared();
        double expected = Math.toDegrees(Math.atan(Math.tan(Math.toRadians(18.4)) / (1 - e2)));
        assertThat(summary.get("target").get("geodetic_lat_deg").asDouble())
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-3)).isGreaterThan(18.55);
    }
}
