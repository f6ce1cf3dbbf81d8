// Skycrane dashboard: talks only to this server's JSON API (docs/api.md).
"use strict";
const $ = (id) => document.getElementById(id);
let current = "mars2020";

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
  location.hash = "#run";
  pollRun(json.id);
}

async function pollRun(id) {
  const { json } = await api("GET", "/api/runs/" + id);
  $("run-state").textContent = id + " " + json.state;
  if (json.state === "RUNNING") { setTimeout(() => pollRun(id), 500); return; }
  if (!json.files.includes("summary.json")) return;
  const summary = (await api("GET", "/api/runs/" + id + "/files/summary.json")).json;
  const body = document.querySelector("#timeline tbody");
  body.innerHTML = "";
  for (const e of summary.events) {
    const tr = document.createElement("tr");
    for (const v of [e.name, e.t_s, e.altitude_m, e.speed_mps, e.ert_utc]) {
      const td = document.createElement("td"); td.textContent = v === undefined ? "" : typeof v === "number" ? Number(v.toFixed(2)) : v; tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  mission = summary.events.filter((e) => e.ert_utc).map((e) => ({ name: e.name, ert: Date.parse(e.ert_utc),
    relay: e.ert_relay_utc, dte: e.dte_visible }));
  const csv = await (await fetch("/api/runs/" + id + "/files/trajectory.csv")).text();
  plotTrajectory(csv, summary);
  $("films").innerHTML = "";
  for (const f of json.files.filter((f) => f.endsWith(".mp4"))) {
    const v = document.createElement("video");
    v.controls = true; v.src = "/api/runs/" + id + "/files/" + f; v.width = 480;
    $("films").appendChild(v);
  }
}

function columns(csv) {
  const lines = csv.trim().split("\n");
  const head = lines[0].split(",");
  const cols = {};
  head.forEach((h) => (cols[h] = []));
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(",");
    head.forEach((h, k) => cols[h].push(Number(cells[k])));
  }
  return cols;
}

function plotTrajectory(csv, summary) {
  const c = columns(csv);
  const alt = c["altitude_m"] || c[Object.keys(c).find((k) => k.startsWith("altitude"))];
  const speed = c["speed_mps"] || c[Object.keys(c).find((k) => k.startsWith("speed"))];
  const events = summary.events.filter((e) => e.speed_mps !== undefined);
  Plotly.newPlot("plot-alt-speed", [
    { x: speed, y: alt, mode: "lines", name: "flight" },
    { x: events.map((e) => e.speed_mps), y: events.map((e) => e.altitude_m), mode: "markers+text",
      text: events.map((e) => e.name), textposition: "right", name: "events" },
  ], { title: { text: "Altitude against speed" }, xaxis: { title: { text: "speed (m/s)" } }, yaxis: { title: { text: "altitude (m)" } },
       paper_bgcolor: "#1b1410", plot_bgcolor: "#241b15", font: { color: "#eee" } });
}

// Mission control: a clock in Earth-received time; each call-out appears when Earth would hear it.
let mission = [];
let ticker = null;
function play(speed) {
  if (!mission.length) return;
  clearInterval(ticker);
  $("callouts").innerHTML = "";
  const start = mission[0].ert;
  const wall = Date.now();
  let next = 0;
  ticker = setInterval(() => {
    const now = start + (Date.now() - wall) * speed;
    $("ert-clock").textContent = new Date(now).toISOString();
    while (next < mission.length && mission[next].ert <= now) {
      const e = mission[next++];
      const li = document.createElement("li");
      li.textContent = new Date(e.ert).toISOString() + "  " + e.name
        + (e.dte ? " (direct to Earth)" : "") + (e.relay ? " (relay " + e.relay + ")" : "");
      $("callouts").prepend(li);
    }
    if (next >= mission.length) clearInterval(ticker);
  }, 100);
}

let campaign = null;
async function startCampaign() {
  const body = JSON.stringify({ scenario: ["mars2020", "msl"].includes(current) ? current : current,
    cases: Number($("mc-cases").value), seed: Number($("mc-seed").value) });
  const { status, json } = await api("POST", "/api/campaigns", body);
  if (status !== 202) { $("mc-progress").textContent = json.error; return; }
  campaign = json.id;
  pollCampaign(json.id);
}

async function pollCampaign(id) {
  const { json } = await api("GET", "/api/campaigns/" + id);
  $("mc-progress").textContent = id + " " + json.state + ": " + json.done + " of " + json.cases + " cases, "
    + json.rate_cases_per_s.toFixed(1) + " cases/s";
  if (json.state === "RUNNING") { setTimeout(() => pollCampaign(id), 500); return; }
  if (!json.files.includes("cases.csv")) return;
  const c = columns(await (await fetch("/api/campaigns/" + id + "/files/cases.csv")).text());
  const x = Object.keys(c).find((k) => k.includes("downrange") || k.includes("east"));
  const y = Object.keys(c).find((k) => k.includes("crossrange") || k.includes("north"));
  Plotly.newPlot("plot-scatter", [{ x: c[x], y: c[y], mode: "markers", name: "touchdown" }],
    { title: { text: "Landing scatter" }, xaxis: { title: { text: x } }, yaxis: { title: { text: y }, scaleanchor: "x" },
      paper_bgcolor: "#1b1410", plot_bgcolor: "#241b15", font: { color: "#eee" } });
}

$("validate").onclick = validate;
$("mc-play1").onclick = () => play(1);
$("mc-play10").onclick = () => play(10);
$("run-btn").onclick = run;
$("mc-start").onclick = startCampaign;
$("mc-cancel").onclick = () => campaign && api("POST", "/api/campaigns/" + campaign + "/cancel");
loadScenarios();
