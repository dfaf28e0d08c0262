#!/usr/bin/env node
// Builds data/cameo/codes.json from the reference facts:
//   - cameo-goldstein.tsv     (GDELT's CAMEO code list with Goldstein score and QuadClass)
//   - CAMEO2PLOVER-2021.txt   (OEDA CAMEO -> PLOVER table, PLOVER manual draft 0.8, CC BY-SA 4.0)
// Usage: node scripts/build-cameo-data.mjs [path/to/shared/data]   (default: ../shared/data from the repo)
// The project never reads the shared directory at run time: the generated JSON is committed.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = resolve(process.argv[2] ?? join(repo, '..', 'shared', 'data'));
const outFile = join(repo, 'data', 'cameo', 'codes.json');

// Names the PLOVER table does not carry: the roots (its root rows have no name), CAMEO 01 and 02
// (no PLOVER type) and any code the table lacks. Wording follows the CAMEO 1.1b3 codebook headings.
const CAMEO_NAMES = {
  '01': 'Make public statement',
  '010': 'Make statement, not specified below',
  '011': 'Decline comment',
  '012': 'Make pessimistic comment',
  '013': 'Make optimistic comment',
  '014': 'Consider policy option',
  '015': 'Acknowledge or claim responsibility',
  '016': 'Deny responsibility',
  '017': 'Engage in symbolic act',
  '018': 'Make empathetic comment',
  '019': 'Express accord',
  '02': 'Appeal',
  '020': 'Make an appeal or request, not specified below',
  '021': 'Appeal for material cooperation, not specified below',
  '0211': 'Appeal for economic cooperation',
  '0212': 'Appeal for military cooperation',
  '0213': 'Appeal for judicial cooperation',
  '0214': 'Appeal for intelligence',
  '022': 'Appeal for diplomatic cooperation (such as policy support)',
  '023': 'Appeal for aid, not specified below',
  '0231': 'Appeal for economic aid',
  '0232': 'Appeal for military aid',
  '0233': 'Appeal for humanitarian aid',
  '0234': 'Appeal for military protection or peacekeeping',
  '024': 'Appeal for political reform, not specified below',
  '0241': 'Appeal for change in leadership',
  '0242': 'Appeal for policy change',
  '0243': 'Appeal for rights',
  '0244': 'Appeal for change in institutions, regime',
  '025': 'Appeal to yield, not specified below',
  '0251': 'Appeal for easing of administrative sanctions',
  '0252': 'Appeal for easing of popular dissent',
  '0253': 'Appeal for release of persons or property',
  '0254': 'Appeal for easing of economic sanctions, boycott, or embargo',
  '0255': 'Appeal for target to allow international involvement (non-mediation)',
  '0256': 'Appeal for de-escalation of military engagement',
  '026': 'Appeal to others to meet or negotiate',
  '027': 'Appeal to others to settle dispute',
  '028': 'Appeal to others to engage in or accept mediation',
  '03': 'Express intent to cooperate',
  // PLOVER paraphrases these two; the CAMEO heading is kept.
  '031': 'Express intent to engage in material cooperation',
  '100': 'Demand',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
};

// Obvious misspellings in the source table's comments.
const SPELLING = [
  [/\bApolgize\b/, 'Apologize'],
  [/\bOstruct\b/, 'Obstruct'],
  [/\badminstrative\b/, 'administrative'],
];

function readLines(file) {
  return readFileSync(join(srcDir, file), 'utf8').split(/\r?\n/);
}

// --- Goldstein / QuadClass: the master list of codes -------------------------------------------
const goldstein = new Map();
for (const line of readLines('cameo-goldstein.tsv')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [code, g, q] = line.split('\t').map((s) => s.trim());
  if (code === 'code') continue; // header
  if (!/^\d{2,4}$/.test(code)) throw new Error(`cameo-goldstein.tsv: bad code ${JSON.stringify(code)}`);
  goldstein.set(code, { goldstein: Number(g), quad: Number(q) });
}

// --- CAMEO -> PLOVER -----------------------------------------------------------------------------
const plover = new Map(); // code -> { type, mode, context, name }
const warnings = [];
for (const raw of readLines('CAMEO2PLOVER-2021.txt')) {
  const line = raw.trim();
  if (!line || line.startsWith('#') || line.startsWith('~')) continue;
  const m = /^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$/.exec(line);
  if (!m) {
    warnings.push(`unparsed PLOVER line: ${line}`);
    continue;
  }
  const [, code, fields, comment = ''] = m;
  const [type = '', mode = '', context = ''] = fields.split(',').map((s) => s.trim());
  let name = comment.trim();
  // Strip editorial notes appended to the name ("21.09.17: ...").
  name = name.replace(/\s+\d{2}\.\d{2}\.\d{2}:.*$/, '').trim();
  for (const [re, fix] of SPELLING) name = name.replace(re, fix);
  if (plover.has(code)) {
    // Duplicate rows (the table lists 08 twice, as CONCEDE and RETREAT, and 175 twice):
    // the first row is kept, so root 08 follows 080 (Yield -> CONCEDE).
    warnings.push(`duplicate PLOVER row for ${code} kept first (${plover.get(code).type}), ignored ${type}`);
    continue;
  }
  plover.set(code, {
    type: type.toUpperCase(),
    mode: mode.replace(/\s+/g, ''),
    context: context.replace(/\s*;\s*/g, ';').replace(/\s+/g, ''),
    name,
  });
}

for (const code of plover.keys()) {
  if (!goldstein.has(code)) warnings.push(`PLOVER code ${code} not in the CAMEO/Goldstein list: skipped`);
}

// --- Merge ---------------------------------------------------------------------------------------
const codes = [...goldstein.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const hasChildren = (code) => codes.some((c) => c.length === code.length + 1 && c.startsWith(code) && code.length === 3);

function nameOf(code) {
  let name = CAMEO_NAMES[code] ?? plover.get(code)?.name ?? '';
  if (!name) throw new Error(`no name for CAMEO code ${code}`);
  // CAMEO convention: the catch-all codes (x0, and 3-digit codes with 4-digit children) are
  // "not specified below".
  const catchAll = (code.length === 3 && code.endsWith('0')) || hasChildren(code);
  if (catchAll && !/not specified below/.test(name)) name += ', not specified below';
  return name;
}

function ploverOf(code) {
  const root = code.slice(0, 2);
  // The table gives CAMEO 01 (statements) no PLOVER type. CAMEO 02 (appeals) has none there either, but
  // PLOVER's current vocabulary folds appeals into REQUEST (its REQUEST covers CAMEO 02 and 10), so
  // appeals are REQUEST here, with the mode "appeal" to keep them apart from demands.
  if (root === '01') return undefined;
  if (root === '02') return { type: 'REQUEST', mode: 'appeal', context: '' };
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const p = plover.get(c);
    if (p && p.type) {
      if (c !== code) warnings.push(`PLOVER for ${code} inherited from ${c}`);
      return { type: p.type, mode: p.mode, context: p.context };
    }
  }
  throw new Error(`no PLOVER mapping for ${code}`);
}

// Our conventions where PLOVER's type definitions file a code elsewhere than the table (data/cameo/plover-conventions.json).
const conventions = JSON.parse(readFileSync(join(repo, 'data', 'cameo', 'plover-conventions.json'), 'utf8')).overrides;
for (const code of Object.keys(conventions)) if (!goldstein.has(code)) throw new Error(`plover-conventions.json: unknown CAMEO code ${code}`);

const out = {};
for (const code of codes) {
  const entry = { name: nameOf(code), ...goldstein.get(code) };
  const p = ploverOf(code);
  const own = conventions[code];
  if (own) entry.plover = { type: own.type, mode: own.mode, context: own.context, tableType: p?.type ?? '' };
  else if (p) entry.plover = p;
  out[code] = entry;
}

const doc = {
  version: 1,
  source:
    "CAMEO codes with Goldstein scores and QuadClass as used by GDELT (cameo-goldstein.tsv); PLOVER type, mode and context from the Open Event Data Alliance's CAMEO2PLOVER table (PLOVER manual draft 0.8, 2021, CC BY-SA 4.0), with the project's conventions from data/cameo/plover-conventions.json where they differ (the table's type kept as tableType). Generated by scripts/build-cameo-data.mjs; do not edit by hand.",
  codes: out,
};

// JSON.stringify would put integer-like keys ("10", "190") before "01", "010": write the code map
// by hand so the file lists codes in CAMEO order.
const body = codes
  .map((c) => `    ${JSON.stringify(c)}: ${JSON.stringify(out[c])}`)
  .join(',\n');
const text = `{\n  "version": ${doc.version},\n  "source": ${JSON.stringify(doc.source)},\n  "codes": {\n${body}\n  }\n}\n`;
JSON.parse(text); // sanity
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, text);
for (const w of warnings) console.warn(`build-cameo-data: ${w}`);
console.log(`build-cameo-data: wrote ${codes.length} codes to ${outFile}`);
