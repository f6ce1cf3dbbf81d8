// Skycrane dashboard: talks only to this server's JSON API (docs/api.md, /api/openapi.json).
"use strict";
const $ = (id) => document.getElementById(id);
let current = "mars2020";
let loadedYaml = "";

async function api(method, path, body) {
  const r = await fetch(path, { method, body, headers: body ? { "Content-Type": "application/json" } : {} });
  const json = await r.json();
  return { status: r.status, json };
}

async function loadScenarios() {
  const { json } = await api("GET", "/api/scenarios");
  const list = $("scenario-list");
  list.innerHTML = "";
  for (const s of json) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = "#scenarios"; a.textContent = s.name + " (" + s.kind + ")"; a.dataset.name = s.name;
    a.onclick = () => show(s.name);
    li.appendChild(a); list.appendChild(li);
  }
  await show(current);
}

async function show(name) {
  current = name;
  const { json } = await api("GET", "/api/scenarios/" + encodeURIComponent(name));
  $("yaml").value = json.yaml;
  loadedYaml = json.yaml;
}

async function validate() {
  $("field-error").textContent = ""; $("valid").textContent = "";
  const r = await fetch("/api/scenarios/validate", { method: "POST", body: $("yaml").value });
  const json = await r.json();
  if (r.status !== 200) {
    $("field-error").textContent = (json.field ? json.field + ": " : "") + json.error;
    return false;
  }
  $("valid").textContent = "valid: " + json.name;
  return true;
}

async function run() {
  if (!(await validate())) return;
  const { status, json } = await api("POST", "/api/runs", JSON.stringify({ yaml: $("yaml").value }));
  if (status !== 202) { $("field-error").textContent = json.error; return; }
  openRun(json.id);
}

function openRun(id) {
  location.hash = "#run";
  $("run").scrollIntoView();
  pollRun(id);
}

// A CSV file as columns: numbers where the cell is a number, null where it is empty, else the text.
function columns(csv) {
  const lines = csv.trim().split("\n");
  const head = lines[0].split(",");
  const cols = {};
  head.forEach((h) => (cols[h] = []));
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(",");
    head.forEach((h, k) => {
      const c = cells[k];
      const n = Number(c);
      cols[h].push(c === undefined || c === "" ? null : Number.isNaN(n) ? c : n);
    });
  }
  return cols;
}

const DARK = { paper_bgcolor: "#1b1410", plot_bgcolor: "#241b15", font: { color: "#eee" }, margin: { t: 40, r: 20 } };
function layout(title, x, y, extra) {
  return Object.assign({ title: { text: title }, xaxis: { title: { text: x } }, yaxis: { title: { text: y } } }, DARK, extra || {});
}
const fmt = (v) => (v === undefined || v === null ? "" : typeof v === "number" ? String(Number(v.toFixed(2))) : String(v));

async function pollRun(id) {
  const { json } = await api("GET", "/api/runs/" + id);
  $("run-state").textContent = id + " " + json.state;
  if (json.state === "RUNNING") { setTimeout(() => pollRun(id), 500); return; }
  if (!json.files.includes("summary.json")) { $("run-log").textContent = json.log; return; }
  const summary = (await api("GET", "/api/runs/" + id + "/files/summary.json")).json;
  $("run-flown").textContent = summary.scenario + ": " + summary.flown + (summary.case !== undefined ? " (seed " + summary.seed + ", case " + summary.case + ")" : "")
    + ", " + summary.outcome + (summary.reason ? " (" + summary.reason + ")" : "");
  const body = document.querySelector("#timeline tbody");
  body.innerHTML = "";
  for (const e of summary.events) {
    const tr = document.createElement("tr");
    for (const v of [e.name, e.t_s, e.altitude_m, e.speed_mps, e.ert_utc]) {
      const td = document.createElement("td"); td.textContent = fmt(v); tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  mission = missionFrom(summary);
  const cols = columns(await (await fetch("/api/runs/" + id + "/files/trajectory.csv")).text());
  plotRun(cols, summary);
  $("films").innerHTML = "";
  for (const f of json.files.filter((f) => f.endsWith(".mp4"))) {
    const v = document.createElement("video");
    v.controls = true; v.src = "/api/runs/" + id + "/files/" + f; v.width = 480;
    $("films").appendChild(v);
  }
  await Globe.showRun("globe-run", summary, cols);
  $("globe-run").dataset.shown = id;
}

function plotRun(c, summary) {
  const events = summary.events.filter((e) => e.speed_mps !== undefined);
  Plotly.newPlot("plot-alt-speed", [
    { x: c.speed_mps, y: c.altitude_m, mode: "lines", name: "flight" },
    { x: events.map((e) => e.speed_mps), y: events.map((e) => e.altitude_m), mode: "markers+text",
      text: events.map((e) => e.name), textposition: "right", name: "events" },
  ], layout("Altitude against speed", "speed (m/s)", "altitude (m)"));
  const t = c.t_s;
  const eventLines = { shapes: events.map((e) => ({ type: "line", x0: e.t_s, x1: e.t_s, yref: "paper", y0: 0, y1: 1,
    line: { color: "#665", width: 1, dash: "dot" } })) };
  Plotly.newPlot("plot-bank", [
    { x: t, y: c.bank_deg, mode: "lines", name: "bank flown" },
    { x: t, y: c.bank_command_deg, mode: "lines", name: "bank commanded", line: { dash: "dot" } },
  ], layout("Bank angle", "time from entry interface (s)", "bank (deg)", eventLines));
  Plotly.newPlot("plot-decel", [{ x: t, y: c.deceleration_g, mode: "lines", name: "deceleration" }],
    layout("Deceleration", "time from entry interface (s)", "deceleration (Earth g)", eventLines));
  Plotly.newPlot("plot-heat", [{ x: t, y: c.heat_rate_w_per_cm2, mode: "lines", name: "heat rate" }],
    layout("Stagnation-point heat rate", "time from entry interface (s)", "heat rate (W/cm²)", eventLines));
  const nav = ["north", "east", "down"].filter((a) => c["nav_error_" + a + "_m"]
    && c["nav_error_" + a + "_m"].some((v) => typeof v === "number"));
  $("plot-nav").style.display = nav.length ? "" : "none";
  if (nav.length) {
    const traces = [];
    for (const a of nav) {
      traces.push({ x: t, y: c["nav_error_" + a + "_m"], mode: "lines", name: a + " error" });
      const s = c["nav_sigma_" + a + "_m"];
      if (s) traces.push({ x: t, y: s.map((v) => (typeof v === "number" ? 3 * v : null)), mode: "lines",
        name: a + " 3σ", line: { dash: "dot", width: 1 } });
    }
    Plotly.newPlot("plot-nav", traces, layout("Navigation error (estimate − truth) and the filter's 3σ",
      "time from entry interface (s)", "position error (m)", Object.assign({ yaxis: { title: { text: "position error (m)" }, type: "linear" } }, eventLines)));
  }
}

// Mission control: a clock in Earth-received time; each call-out appears when Earth would hear it, with
// the state of the two links (the direct-to-Earth signal and the relay orbiter) at that event.
let mission = [];
let lightTime = null;
let ticker = null;
function heardAt(e) {
  const direct = e.dte_visible && e.ert_utc ? Date.parse(e.ert_utc) : Infinity;
  const relay = e.ert_relay_utc ? Date.parse(e.ert_relay_utc) : Infinity;
  return Math.min(direct, relay);
}
function missionFrom(summary) {
  lightTime = summary.one_way_light_time_s;
  return summary.events.filter((e) => Number.isFinite(heardAt(e))).map((e) => ({ name: e.name, ert: heardAt(e),
    scet: e.scet_utc, lmst: e.lmst, t: e.t_s, alt: e.altitude_m, speed: e.speed_mps,
    relay: e.ert_relay_utc, dte: e.dte_visible })).sort((a, b) => a.ert - b.ert);
}
function play(speed) {
  if (!mission.length) return;
  clearInterval(ticker);
  $("callouts").innerHTML = "";
  $("mc-light").textContent = lightTime ? Math.floor(lightTime / 60) + " min " + Math.round(lightTime % 60) + " s" : "--";
  const start = mission[0].ert - 5000;
  const wall = Date.now();
  let next = 0;
  ticker = setInterval(() => {
    const now = start + (Date.now() - wall) * speed;
    $("ert-clock").textContent = new Date(now).toISOString();
    while (next < mission.length && mission[next].ert <= now) {
      const e = mission[next++];
      const li = document.createElement("li");
      li.textContent = new Date(e.ert).toISOString() + "  " + e.name
        + "  (t = " + fmt(e.t) + " s, " + fmt(e.alt / 1000) + " km, " + fmt(e.speed) + " m/s; on Mars " + e.scet + ", LMST " + e.lmst + ")";
      $("callouts").prepend(li);
      $("mc-last").textContent = e.name;
      $("mc-dte").textContent = e.dte ? "in view" : "Earth below the horizon";
      $("mc-dte").className = e.dte ? "ok" : "error";
      $("mc-relay").textContent = e.relay ? "relaying, heard " + e.relay : "no relay pass";
      $("mc-relay").className = e.relay ? "ok" : "error";
    }
    if (next >= mission.length) clearInterval(ticker);
  }, 100);
}

// Monte Carlo: start, watch live (done, rate, running success and ellipse), then scatter, globe, hazard map,
// histograms and the worst cases (a click reflies one and opens its run page).
let campaign = null;
async function startCampaign() {
  const edited = $("yaml").value !== loadedYaml;
  const body = Object.assign(edited ? { yaml: $("yaml").value } : { scenario: current },
    { cases: Number($("mc-cases").value), seed: Number($("mc-seed").value) });
  const { status, json } = await api("POST", "/api/campaigns", JSON.stringify(body));
  if (status !== 202) { $("mc-progress").textContent = (json.field ? json.field + ": " : "") + json.error; return; }
  campaign = json.id;
  $("mc-worst").querySelector("tbody").innerHTML = "";
  pollCampaign(json.id);
}

// The outline of a landing ellipse (east-north km, azimuth clockwise from north, full axes).
function outline(e) {
  const a = e.major_axis_km / 2, b = e.minor_axis_km / 2, az = (e.azimuth_deg * Math.PI) / 180;
  const x = [], y = [];
  for (let k = 0; k <= 72; k++) {
    const t = (2 * Math.PI * k) / 72, u = a * Math.cos(t), w = b * Math.sin(t);
    x.push(e.centre_east_km + u * Math.sin(az) + w * Math.cos(az));
    y.push(e.centre_north_km + u * Math.cos(az) - w * Math.sin(az));
  }
  return { x, y };
}

function ellipseTraces(landing) {
  const out = [];
  for (const [key, name, color] of [["ellipse_99_fitted_normal", "99 % of the fitted normal", "yellow"],
    ["ellipse_99_of_cases", "holds 99 % of cases", "orange"]]) {
    if (landing && landing[key]) out.push(Object.assign(outline(landing[key]), { mode: "lines", name, line: { color } }));
  }
  return out;
}

async function pollCampaign(id) {
  const { json } = await api("GET", "/api/campaigns/" + id);
  const running = (await api("GET", "/api/campaigns/" + id + "/running")).json;
  let line = id + " " + json.state + ": " + json.done + " of " + json.cases + " cases, "
    + json.rate_cases_per_s.toFixed(1) + " cases/s";
  if (running.completed) {
    line += "; success " + running.success.successes + "/" + running.completed + " ("
      + (100 * running.success.rate).toFixed(1) + " %)";
    const e = running.landing && running.landing.ellipse_99_fitted_normal;
    if (e) line += "; 99 % ellipse " + e.major_axis_km.toFixed(2) + " × " + e.minor_axis_km.toFixed(2) + " km";
  }
  if (json.problem) line += " (" + json.problem + ")";
  $("mc-progress").textContent = line;
  if (json.state === "RUNNING") {
    if (running.landing) {
      Plotly.react("plot-scatter", ellipseTraces(running.landing), layout("Landing ellipse so far (" + running.completed + " cases)",
        "east of target (km)", "north of target (km)", { yaxis: { title: { text: "north of target (km)" }, scaleanchor: "x" } }));
    }
    setTimeout(() => pollCampaign(id), 500);
    return;
  }
  if (!json.files.includes("cases.csv")) return;
  const c = columns(await (await fetch("/api/campaigns/" + id + "/files/cases.csv")).text());
  const summary = json.files.includes("summary.json") ? (await api("GET", "/api/campaigns/" + id + "/files/summary.json")).json : running;
  const km = (v) => (typeof v === "number" ? v / 1000 : null);
  const landed = c.outcome.map((o) => o === "LANDED");
  const pick = (col, want) => c[col].map((v, i) => (landed[i] === want ? km(v) : null));
  const scatter = [
    { x: pick("east_m", true), y: pick("north_m", true), mode: "markers", name: "landed", marker: { color: "#00e5ff", size: 5 },
      text: c.case.map((k) => "case " + k) },
    { x: pick("east_m", false), y: pick("north_m", false), mode: "markers", name: "not landed", marker: { color: "#ff6b6b", size: 6 } },
    ...ellipseTraces(summary.landing),
  ];
  const en = { yaxis: { title: { text: "north of target (km)" }, scaleanchor: "x" } };
  Plotly.newPlot("plot-scatter", scatter, layout("Landing scatter (" + summary.completed + " cases)", "east of target (km)", "north of target (km)", en));
  if (json.hazard_map_width_m && json.files.includes("terrain-hazard.png")) {
    const w = json.hazard_map_width_m / 1000;
    Plotly.newPlot("plot-hazard", scatter, layout("Landing scatter on the hazard map (red slope, magenta rock, green safe)",
      "east of target (km)", "north of target (km)", Object.assign({}, en, {
        xaxis: { title: { text: "east of target (km)" }, range: [-w / 2, w / 2] }, yaxis: { title: { text: "north of target (km)" }, range: [-w / 2, w / 2], scaleanchor: "x" },
        images: [{ source: "/api/campaigns/" + id + "/files/terrain-hazard.png", xref: "x", yref: "y", x: -w / 2, y: w / 2,
          sizex: w, sizey: w, sizing: "stretch", layer: "below" }] })));
  }
  histograms(c);
  worstTable(id, summary, c);
  if (json.files.includes("landing.geojson")) {
    const geo = (await api("GET", "/api/campaigns/" + id + "/files/landing.geojson")).json;
    const target = geo.features.find((f) => f.properties && f.properties.kind === "target");
    const hazard = json.hazard_map_width_m && target && json.files.includes("terrain-hazard.png")
      ? { url: "/api/campaigns/" + id + "/files/terrain-hazard.png", widthM: json.hazard_map_width_m,
          target: [target.geometry.coordinates[1], target.geometry.coordinates[0]] } : null;
    await Globe.showCampaign("globe-campaign", geo, c, hazard);
    $("globe-campaign").dataset.shown = id;
  }
}

function histograms(c) {
  const specs = [["miss_m", "miss distance (m)"], ["vertical_speed_mps", "touchdown vertical speed (m/s)"],
    ["propellant_kg", "propellant left (kg)"], ["deploy_mach", "parachute deploy Mach"],
    ["peak_decel_g", "peak deceleration (Earth g)"], ["peak_heat_w_per_cm2", "peak heat rate (W/cm²)"]];
  const box = $("mc-histograms");
  box.innerHTML = "";
  for (const [col, label] of specs) {
    if (!c[col]) continue;
    const div = document.createElement("div");
    div.className = "hist"; box.appendChild(div);
    Plotly.newPlot(div, [{ x: c[col].filter((v) => typeof v === "number"), type: "histogram", marker: { color: "#f5a25d" } }],
      layout(label, label, "cases", { margin: { t: 40, r: 10, l: 50, b: 50 } }));
  }
}

function worstTable(id, summary, c) {
  const body = $("mc-worst").querySelector("tbody");
  body.innerHTML = "";
  const row = new Map(c.case.map((k, i) => [k, i]));
  for (const w of summary.worst_by_miss_distance || []) {
    const i = row.get(w.case);
    const tr = document.createElement("tr");
    for (const v of [w.case, w.miss_km, c.outcome[i], c.vertical_speed_mps[i], c.propellant_kg[i]]) {
      const td = document.createElement("td"); td.textContent = fmt(v); tr.appendChild(td);
    }
    const td = document.createElement("td");
    const b = document.createElement("button");
    b.textContent = "refly"; b.className = "refly"; b.dataset.case = w.case;
    b.onclick = async () => {
      const r = await api("POST", "/api/campaigns/" + id + "/cases/" + w.case + "/run");
      if (r.status === 202) openRun(r.json.id); else $("mc-progress").textContent = r.json.error;
    };
    td.appendChild(b); tr.appendChild(td);
    body.appendChild(tr);
  }
}

$("validate").onclick = validate;
$("mc-play1").onclick = () => play(1);
$("mc-play10").onclick = () => play(10);
$("mc-play60").onclick = () => play(60);
$("run-btn").onclick = run;
$("mc-start").onclick = startCampaign;
$("mc-cancel").onclick = () => campaign && api("POST", "/api/campaigns/" + campaign + "/cancel");
loadScenarios();
