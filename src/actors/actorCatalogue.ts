// The actor catalogue: every name an actor may be found by, loaded once at start-up into phrase indexes.
// States come from the world-countries package (official and common names, demonyms, capitals) plus
// data/actors/states.json (colloquial and former names, nationals, seats of power); armed groups,
// international organisations, people with dated roles and role words come from data/actors/*.json, and a
// user's own files from ENTENTE_ACTORS (catalogueSources.ts). Aliases two entries claim are reported on stderr.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import type { ActorRef, ActorType, Role } from '../core/types.ts';
import { dataPath, jsonFilesIn } from '../core/paths.ts';
import { PhraseIndex } from '../nlp/phraseIndex.ts';
import { extraCatalogueFiles, type ExtraFile } from './catalogueSources.ts';
import { loadActorCues, type ActorCues } from './actorCues.ts';
import { nameKey } from './nameKey.ts';
import { ValidationStamp } from './validationStamp.ts';
import {
  findDuplicateAliases,
  parseCatalogueFile,
  type CatalogueFiles,
  type CatalogueKind,
  type DuplicateAlias,
  type GroupEntry,
  type PersonEntry,
} from './catalogueSchema.ts';

export type AliasKind = 'name' | 'demonym' | 'national' | 'capital' | 'person';

export interface AliasEntry {
  actor: ActorRef;
  kind: AliasKind;
  /** The alias as the data writes it (for case checks and explanations). */
  alias: string;
  caseSensitive: boolean;
  /**
   * Which reading wins when two entries share an alias ("American": the US, not the Northern Mariana Islands):
   * our own data files 3, a sovereign state's name in the package 2, a dependent territory's 1.
   */
  priority: number;
  /** Which file or package entry it came from. */
  origin: string;
  person?: PersonEntry;
}

export interface ActorCatalogue {
  /** Indexes the 1975–2009 office holders if not done yet (see needsEarlierPeople); idempotent. */
  ensureEarlierPeople: () => void;
  aliases: PhraseIndex<AliasEntry>;
  /** People's names under their transliteration keys (nameKey per word): "Mohammed Baqeri" finds "Mohammad Bagheri". */
  personKeys: PhraseIndex<AliasEntry>;
  /** Role nouns ("troops", "foreign minister") and titles ("President", "Gen.") → CAMEO agent code. */
  roleNouns: PhraseIndex<Role>;
  titles: PhraseIndex<Role>;
  /** Every non-person actor by id. */
  byId: Map<string, ActorRef>;
  people: PersonEntry[];
  /** Aliases that two entries claim: reported (with the files claiming them), resolved to the first claimant. */
  duplicates: Array<DuplicateAlias & { files: string[] }>;
  /** Armed groups' kinds (insurgent, party …) and IGOs' member states, by id. */
  groupKinds: Map<string, GroupEntry['kind']>;
  igoMembers: Map<string, string[]>;
  /** Formats of states (data/actors/igos.json "format"): their mentions stand for their members. */
  igoFormats: Set<string>;
  /** Word lists that decide what a mention means in context. */
  cues: ActorCues;
  /** The user's files loaded after ours. */
  extraFiles: ExtraFile[];
  counts: { states: number; groups: number; igos: number; people: number; aliases: number };
}

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}

const require = createRequire(import.meta.url);

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read actor catalogue file: ${(e as Error).message}`);
  }
}

function parseJson(path: string, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new Error(`${path}: not valid JSON: ${(e as Error).message}`);
  }
}

function readJson(path: string): unknown {
  return parseJson(path, readText(path));
}


/** The bundled files of earlier office holders (data/actors/people-1975-2009/*.json). */
export function bundledPeopleFiles(): string[] {
  return jsonFilesIn(dataPath('actors/people-1975-2009'));
}

/**
 * A bundled catalogue file (data/actors/*.json). It is validated against its schema when it is new or changed
 * (a bad edit fails at start-up naming file, entry and field); a file whose content already passed
 * (ValidationStamp) is only read, with the schema's defaults (empty lists) filled in here, because validating
 * them all costs about half of the catalogue's start-up budget.
 */
function loadBundled<K extends 'states' | 'groups' | 'igos' | 'people'>(kind: K, stamp: ValidationStamp, path = dataPath(`actors/${kind}.json`)): CatalogueFiles[K] {
  const raw = readText(path);
  const hash = ValidationStamp.hash(raw);
  if (!stamp.has(hash)) {
    const file = parseCatalogueFile(path, kind, parseJson(path, raw));
    stamp.add(hash);
    return file;
  }
  const json = parseJson(path, raw) as Record<string, unknown>;
  const list = json[kind] as Array<Record<string, unknown>>;
  if (kind === 'states') {
    for (const e of list) for (const f of ['demonyms', 'nationals', 'metonyms', 'caseSensitive']) e[f] ??= [];
  } else if (kind !== 'people') {
    for (const e of list) e.caseSensitive ??= [];
  }
  return json as unknown as CatalogueFiles[K];
}

/** The bundled catalogue files a test validates: every kind loadBundled reads, with its kind. */
export function bundledCatalogueFiles(): Array<{ kind: 'states' | 'groups' | 'igos' | 'people'; path: string }> {
  return [
    ...(['states', 'groups', 'igos', 'people'] as const).map((kind) => ({ kind, path: dataPath(`actors/${kind}.json`) })),
    ...bundledPeopleFiles().map((path) => ({ kind: 'people' as const, path })),
  ];
}

function loadFile<K extends CatalogueKind>(kind: K, path = dataPath(`actors/${kind}.json`)): CatalogueFiles[K] {
  return parseCatalogueFile(path, kind, readJson(path));
}

export interface CatalogueOptions {
  /** Extra catalogue files of the user's: { kind, path } pairs, loaded after ours. Default: those ENTENTE_ACTORS names. */
  extra?: ExtraFile[];
  /** Where warnings go (aliases two entries claim). Default: stderr. */
  warn?: (message: string) => void;
}

export function loadActorCatalogue(opts: CatalogueOptions = {}): ActorCatalogue {
  const extra = opts.extra ?? extraCatalogueFiles(process.env.ENTENTE_ACTORS);
  // (Each coding worker loads its own catalogue; only the first reports warnings — see loadResources' quiet.)
  const warn = opts.warn ?? ((m: string) => process.stderr.write(`${m}\n`));
  const extraOf = <K extends 'states' | 'groups' | 'igos' | 'people'>(kind: K) =>
    extra.filter((e) => e.kind === kind).map((e) => ({ path: e.path, file: loadFile(kind, e.path) }));
  const stamp = new ValidationStamp();
  const aliases = new PhraseIndex<AliasEntry>();
  const byId = new Map<string, ActorRef>();
  const seen = new Set<string>(); // id|folded alias, so one actor's repeated names are indexed once

  const add = (actor: ActorRef, alias: string, kind: AliasKind, origin: string, caseSensitive = false, person?: PersonEntry, priority = 3) => {
    const k = `${actor.id}|${kind}|${alias.toLowerCase()}`;
    if (seen.has(k)) return;
    seen.add(k);
    aliases.add(alias, { actor, kind, alias, caseSensitive, priority, origin, person });
  };

  // States: the package first, then our additions.
  // Read as a file: requiring JSON through the TypeScript loader's hooks costs a tenth of a second.
  const countries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as WorldCountry[];
  const states = loadBundled('states', stamp);
  const extraStates = extraOf('states');
  const stateEntries = [...states.states, ...extraStates.flatMap((f) => f.file.states)];
  const fileOf = new Map<string, string>(); // entry id → the file that (first) defines it
  for (const s of states.states) fileOf.set(s.id, 'data/actors/states.json');
  for (const f of extraStates) for (const s of f.file.states) if (!fileOf.has(s.id)) fileOf.set(s.id, f.path);
  const common = new Map<string, string>();
  for (const s of stateEntries) if (s.aliases[0]) common.set(s.id, s.aliases[0]);
  for (const c of countries) {
    // The English name readers know: our first alias where the package uses another (Türkiye → Turkey).
    const actor: ActorRef = { id: c.cca3, type: 'state', name: common.get(c.cca3) ?? c.name.common };
    byId.set(c.cca3, actor);
    const origin = `world-countries:${c.cca3}`;
    const pr = c.independent ? 2 : 1;
    add(actor, c.name.common, 'name', origin, false, undefined, pr);
    add(actor, c.name.official, 'name', origin, false, undefined, pr);
    for (const alt of c.altSpellings) if (alt.length > 3 && /^[\p{L} .'-]+$/u.test(alt)) add(actor, alt, 'name', origin, false, undefined, pr);
    const dm = c.demonyms?.eng;
    if (dm?.m) add(actor, dm.m, 'demonym', origin, false, undefined, pr);
    if (dm?.f && dm.f !== dm.m) add(actor, dm.f, 'demonym', origin, false, undefined, pr);
    for (const cap of c.capital ?? []) add({ ...actor, role: 'GOV' }, cap, 'capital', origin, false, undefined, pr);
  }
  for (const s of stateEntries) {
    const base = byId.get(s.id) ?? { id: s.id, type: 'state' as const, name: s.aliases[0] ?? s.id };
    byId.set(s.id, base);
    const origin = `${fileOf.get(s.id)}#${s.id}`;
    const cs = new Set(s.caseSensitive);
    for (const a of s.aliases) add(base, a, 'name', origin, cs.has(a));
    for (const a of s.demonyms) add(base, a, 'demonym', origin, cs.has(a));
    for (const a of s.nationals) add(base, a, 'national', origin, cs.has(a));
    for (const m of s.metonyms) add({ ...base, role: m.role }, m.text, 'capital', origin, cs.has(m.text));
  }

  // Groups and international organisations.
  const groupFiles = [{ path: 'data/actors/groups.json', file: loadBundled('groups', stamp) }, ...extraOf('groups')];
  const igoFiles = [{ path: 'data/actors/igos.json', file: loadBundled('igos', stamp) }, ...extraOf('igos')];
  const groupKinds = new Map<string, GroupEntry['kind']>();
  const igoMembers = new Map<string, string[]>();
  const igoFormats = new Set<string>();
  const registerNamed = (type: ActorType, file: string, e: { id: string; name: string; aliases: string[]; caseSensitive: string[]; country?: string | null }) => {
    const actor: ActorRef = { id: e.id, type, name: e.name, ...(e.country ? { country: e.country } : {}) };
    byId.set(e.id, actor);
    const cs = new Set(e.caseSensitive);
    for (const a of [e.name, ...e.aliases]) add(actor, a, 'name', `${file}#${e.id}`, cs.has(a));
  };
  for (const f of groupFiles) {
    for (const g of f.file.groups) {
      registerNamed('group', f.path, g);
      if (!fileOf.has(g.id)) fileOf.set(g.id, f.path);
      groupKinds.set(g.id, g.kind);
    }
  }
  for (const f of igoFiles) {
    for (const g of f.file.igos) {
      registerNamed('igo', f.path, g);
      if (!fileOf.has(g.id)) fileOf.set(g.id, f.path);
      if (g.members) igoMembers.set(g.id, g.members);
      if (g.format) igoFormats.add(g.id);
    }
  }

  // People with dated roles: resolved to their affiliation by the article's date when matched; also indexed
  // under their transliteration keys, so another spelling of a known name still finds them.
  const cues = loadActorCues();
  const personKeys = new PhraseIndex<AliasEntry>();
  const people: PersonEntry[] = [];
  const indexPeople = (files: Array<{ path: string; file: CatalogueFiles['people'] }>) => {
    for (const f of files) {
      for (const p of f.file.people) {
        people.push(p);
        const actor: ActorRef = { id: p.id, type: 'person', name: p.name };
        const origin = `${f.path}#${p.id}`;
        for (const a of [p.name, ...p.aliases]) add(actor, a, 'person', origin, false, p);
        for (const a of [p.name, ...p.aliases]) {
          const key = a.split(/\s+/).map((w) => nameKey(w, cues.references.transliterations)).filter(Boolean).join(' ');
          if (key.includes(' ')) personKeys.add(key, { actor, kind: 'person', alias: a, caseSensitive: false, priority: 3, origin: `${origin} (transliteration)`, person: p });
        }
      }
    }
  };
  // people.json holds the 2010–2025 office holders, always indexed; the user's files come after it.
  indexPeople([{ path: 'data/actors/people.json', file: loadBundled('people', stamp) }, ...extraOf('people')]);

  // Role words.
  const roles = loadFile('roles');
  const roleNouns = new PhraseIndex<Role>();
  const titles = new PhraseIndex<Role>();
  for (const [role, words] of Object.entries(roles.roles)) {
    if (!words) continue;
    for (const n of words.nouns) roleNouns.add(n, role as Role);
    for (const t of words.titles) titles.add(t, role as Role);
  }

  const duplicates = findDuplicateAliases([
    ...stateEntries,
    ...groupFiles.flatMap((f) => f.file.groups),
    ...igoFiles.flatMap((f) => f.file.igos),
  ]).map((d) => ({ ...d, files: d.ids.map((id) => fileOf.get(id) ?? '?') }));
  for (const d of duplicates) {
    warn(`entente: actor catalogue: alias "${d.alias}" is claimed by ${d.ids.map((id, i) => `${id} (${d.files[i]})`).join(' and ')}; ${d.ids[0]} is used`);
  }

  // The 1975–2009 office holders (data/actors/people-1975-2009/) are indexed the first time an article needs
  // them — one dated before 2010 or undated — rather than at start-up, which they would make a third longer.
  let earlierLoaded = false;
  const catalogue: ActorCatalogue = {
    ensureEarlierPeople: () => {
      if (earlierLoaded) return;
      earlierLoaded = true;
      indexPeople(bundledPeopleFiles().map((f) => ({ path: `data/actors/people-1975-2009/${basename(f)}`, file: loadBundled('people', stamp, f) })));
      stamp.save();
      catalogue.counts.people = people.length;
      catalogue.counts.aliases = aliases.size;
    },
    aliases,
    personKeys,
    roleNouns,
    titles,
    byId,
    people,
    duplicates,
    groupKinds,
    igoMembers,
    igoFormats,
    cues,
    extraFiles: extra,
    counts: {
      states: countries.length,
      groups: groupFiles.reduce((n, f) => n + f.file.groups.length, 0),
      igos: igoFiles.reduce((n, f) => n + f.file.igos.length, 0),
      people: people.length,
      aliases: aliases.size,
    },
  };
  stamp.save();
  return catalogue;
}

/** Whether an article of this date (ISO prefix, or none) may name the 1975–2009 office holders as such. */
export function needsEarlierPeople(date: string | undefined): boolean {
  return !date || date < EARLIER_PEOPLE_UNTIL;
}
const EARLIER_PEOPLE_UNTIL = '2010';

/**
 * The role a person held on a date (ISO prefix), else their latest role before it, else their first.
 * Of several roles held at once, an office of state (GOV, MIL …) wins over a party or movement post:
 * a president who also chairs his party acts for the state.
 */
export function personRoleOn(p: PersonEntry, date: string | undefined): PersonEntry['roles'][number] {
  const stateFirst = (rs: PersonEntry['roles']) => [...rs].sort((a, b) => Number(!!b.role) - Number(!!a.role));
  if (!date) return stateFirst(p.roles.filter((r) => !r.to))[0] ?? p.roles[p.roles.length - 1];
  const held = p.roles.filter((r) => (!r.from || r.from.slice(0, date.length) <= date) && (!r.to || r.to >= date.slice(0, r.to.length)));
  if (held.length) return stateFirst(held.reverse())[0];
  const before = p.roles.filter((r) => !r.from || r.from <= date);
  return before[before.length - 1] ?? p.roles[0];
}
