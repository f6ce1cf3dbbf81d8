// The Mars globe (CesiumJS, vendored under /vendor/cesium, fully offline): no Cesium ion, an explicit
// local base layer, the IAU Mars ellipsoid. Positions in summary.json and trajectory.csv are planetocentric
// latitude and longitude (deg); they are drawn at their height above the local ground
// (height_above_ground_m) over the globe's ellipsoid, so the track meets the drawn surface at touchdown.
"use strict";

const Globe = (() => {
  Cesium.Ion.defaultAccessToken = undefined;
  Cesium.Ellipsoid.default = Cesium.Ellipsoid.MARS;
  const MARS = Cesium.Ellipsoid.MARS;
  const DEG = Math.PI / 180;
  const ochre = Cesium.Color.fromCssColorString("#b5653a");

  // Mars-ochre ground with a 10 deg graticule, drawn in the browser: no imagery is fetched from anywhere.
  function baseLayer() {
    const provider = new Cesium.GridImageryProvider({
      tilingScheme: new Cesium.GeographicTilingScheme({ ellipsoid: MARS }),
      cells: 2,
      color: Cesium.Color.fromCssColorString("#e8b48a").withAlpha(0.35),
      glowColor: Cesium.Color.fromCssColorString("#e8b48a").withAlpha(0.05),
      backgroundColor: ochre,
    });
    return new Cesium.ImageryLayer(provider);
  }

  function create(containerId) {
    const viewer = new Cesium.Viewer(containerId, {
      baseLayer: baseLayer(),
      globe: new Cesium.Globe(MARS),
      terrainProvider: new Cesium.EllipsoidTerrainProvider({ ellipsoid: MARS }),
      baseLayerPicker: false, geocoder: false, homeButton: false, sceneModePicker: false,
      navigationHelpButton: false, animation: false, timeline: false, fullscreenButton: false,
      infoBox: false, selectionIndicator: false, skyAtmosphere: false, skyBox: false,
      requestRenderMode: true, maximumRenderTimeChange: Infinity,
      contextOptions: { webgl: { preserveDrawingBuffer: true } },
    });
    viewer.scene.globe.baseColor = ochre;
    viewer.scene.globe.showGroundAtmosphere = false;
    viewer.scene.backgroundColor = Cesium.Color.fromCssColorString("#0b0806");
    return viewer;
  }

  // A point at planetocentric (lat, lon) in degrees and height h (m) above the ellipsoid's surface there.
  function position(latDeg, lonDeg, h) {
    const c = Math.cos(latDeg * DEG);
    const ray = new Cesium.Cartesian3(c * Math.cos(lonDeg * DEG), c * Math.sin(lonDeg * DEG), Math.sin(latDeg * DEG));
    const surface = MARS.scaleToGeocentricSurface(Cesium.Cartesian3.multiplyByScalar(ray, 3.4e6, new Cesium.Cartesian3()));
    const up = MARS.geodeticSurfaceNormal(surface, new Cesium.Cartesian3());
    return Cesium.Cartesian3.add(surface, Cesium.Cartesian3.multiplyByScalar(up, h || 0, up), new Cesium.Cartesian3());
  }

  // A point with its name; the label shows only within labelRange (m) of the camera when given.
  function marker(viewer, name, at, color, size, labelRange) {
    const near = labelRange ? new Cesium.DistanceDisplayCondition(0, labelRange) : undefined;
    return viewer.entities.add({
      name,
      position: at,
      point: { pixelSize: size || 8, color, outlineColor: Cesium.Color.BLACK, outlineWidth: 1,
        disableDepthTestDistance: Number.POSITIVE_INFINITY },
      label: { text: name, font: "12px sans-serif", fillColor: color, pixelOffset: new Cesium.Cartesian2(8, -8),
        horizontalOrigin: Cesium.HorizontalOrigin.LEFT, disableDepthTestDistance: Number.POSITIVE_INFINITY,
        showBackground: true, backgroundColor: Cesium.Color.BLACK.withAlpha(0.5), distanceDisplayCondition: near },
    });
  }

  const TRACK = Cesium.Color.fromCssColorString("#00e5ff");
  const EVENT = Cesium.Color.fromCssColorString("#ffe066");
  const IMPACT = Cesium.Color.fromCssColorString("#ff6b6b");
  const TARGET = Cesium.Color.fromCssColorString("#7fd67f");

  let runViewer = null;
  // The run page's globe: the entry track, the events, the jettisoned bodies' impacts and the target.
  function showRun(containerId, summary, cols) {
    runViewer = runViewer || create(containerId);
    const v = runViewer;
    v.entities.removeAll();
    const lat = cols.lat_deg, lon = cols.lon_deg, h = cols.height_above_ground_m || cols.altitude_m;
    const step = Math.max(1, Math.floor(lat.length / 1500));
    const track = [];
    for (let i = 0; i < lat.length; i += step) {
      if (Number.isFinite(lat[i]) && Number.isFinite(lon[i])) track.push(position(lat[i], lon[i], h[i]));
    }
    const last = lat.length - 1;
    if (last >= 0) track.push(position(lat[last], lon[last], h[last]));
    v.entities.add({ name: "entry track", polyline: { positions: track, width: 3, material: TRACK } });
    // the events crowd the last few kilometres: their labels show as the camera comes near
    const always = ["ENTRY_INTERFACE", "PEAK_HEATING", "PARACHUTE_DEPLOY"];
    for (const e of summary.events) {
      if (Number.isFinite(e.lat_deg) && Number.isFinite(e.lon_deg)) {
        const h = Math.max(0, e.height_above_ground_m || 0);
        marker(v, e.name, position(e.lat_deg, e.lon_deg, h), EVENT, 6, always.includes(e.name) ? undefined : 3 * h + 20e3);
      }
    }
    for (const i of summary.impacts || []) {
      marker(v, "impact: " + i.body, position(i.lat_deg, i.lon_deg, 0), IMPACT, 7, 60e3);
    }
    if (summary.target) marker(v, "target", position(summary.target.lat_deg, summary.target.lon_deg, 0), TARGET, 10, 60e3);
    // the whole track in view, seen from the south and above
    const sphere = Cesium.BoundingSphere.fromPoints(track);
    v.camera.flyToBoundingSphere(sphere, { duration: 0, offset: new Cesium.HeadingPitchRange(0, -0.7, 2.4 * sphere.radius) });
    v.scene.requestRender();
    return Promise.resolve();
  }

  let campaignViewer = null;
  // The Monte Carlo globe: the touchdowns (cyan landed, red not) and the landing ellipses of the campaign's
  // landing.geojson (planetocentric outlines written by the campaign) around its target.
  // hazard (optional): {url, widthM, target: [lat, lon]}, the hazard map, a square of widthM centred on the
  // target, north up, draped over the ground.
  let hazardLayer = null;
  async function showCampaign(containerId, geojson, cases, hazard) {
    campaignViewer = campaignViewer || create(containerId);
    const v = campaignViewer;
    v.entities.removeAll();
    if (hazardLayer) { v.imageryLayers.remove(hazardLayer, true); hazardLayer = null; }
    if (hazard) {
      const r = geojson.skycrane_frame.sphere_radius_m, [la, lo] = hazard.target, half = hazard.widthM / 2;
      const dLat = half / r / DEG, dLon = half / (r * Math.cos(la * DEG)) / DEG;
      // the corners are planetocentric; the globe's rectangles are geodetic
      const sw = MARS.cartesianToCartographic(position(la - dLat, lo - dLon, 0));
      const ne = MARS.cartesianToCartographic(position(la + dLat, lo + dLon, 0));
      const rectangle = new Cesium.Rectangle(sw.longitude, sw.latitude, ne.longitude, ne.latitude);
      const provider = await Cesium.SingleTileImageryProvider.fromUrl(hazard.url, { rectangle, ellipsoid: MARS });
      hazardLayer = v.imageryLayers.addImageryProvider(provider);
      hazardLayer.alpha = 0.8;
    }
    for (let i = 0; i < cases.case.length; i++) {
      const la = cases.touchdown_lat_deg[i], lo = cases.touchdown_lon_deg[i];
      if (!Number.isFinite(la) || !Number.isFinite(lo)) continue;
      v.entities.add({ name: "case " + cases.case[i], position: position(la, lo, 0),
        point: { pixelSize: 4, color: cases.outcome[i] === "LANDED" ? TRACK : IMPACT,
          disableDepthTestDistance: Number.POSITIVE_INFINITY } });
    }
    const colours = [Cesium.Color.YELLOW, Cesium.Color.ORANGE, Cesium.Color.WHITE];
    let k = 0;
    for (const f of geojson.features) {
      const p = f.properties || {};
      if (p.kind === "ellipse" && f.geometry.type === "Polygon") {
        const ring = f.geometry.coordinates[0].map(([lo, la]) => position(la, lo, 0));
        v.entities.add({ name: p.name, polyline: { positions: ring, width: 2, material: colours[k++ % colours.length] } });
      } else if (p.kind === "target") {
        const [lo, la] = f.geometry.coordinates;
        marker(v, "target", position(la, lo, 0), Cesium.Color.WHITE, 8);
      }
    }
    v.scene.requestRender();
    return v.zoomTo(v.entities, new Cesium.HeadingPitchRange(0, -1.2, 0)).then(() => v.scene.requestRender());
  }

  // Share of the canvas's pixels close to a CSS colour (the browser tests read it to see the track drawn).
  function share(viewer, css) {
    viewer.render();
    const c = viewer.scene.canvas;
    const probe = document.createElement("canvas");
    probe.width = c.width; probe.height = c.height;
    const g = probe.getContext("2d");
    g.drawImage(c, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    const want = Cesium.Color.fromCssColorString(css);
    let n = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (Math.abs(px[i] - want.red * 255) < 40 && Math.abs(px[i + 1] - want.green * 255) < 40
          && Math.abs(px[i + 2] - want.blue * 255) < 40) n++;
    }
    return n / (px.length / 4);
  }

  return { showRun, showCampaign, share, run: () => runViewer, campaign: () => campaignViewer };
})();
