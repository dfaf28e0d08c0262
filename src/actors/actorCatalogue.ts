// The actor catalogue: every name an actor may be found by, loaded once at start-up into phrase indexes.
// States come from the world-countries package (official and common names, demonyms, capitals) plus
// data/actors/states.json (colloquial and former names, nationals, seats of power); armed groups,
// international organisations, people with dated roles and role words come from data/actors/*.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ActorRef, ActorType, Role } from '../core/types.ts';
import { dataPath } from '../core/paths.ts';
import { PhraseIndex } from '../nlp/phraseIndex.ts';
import {
  findDuplicateAliases,
  parseCatalogueFile,
  type CatalogueFiles,
  type CatalogueKind,
  type DuplicateAlias,
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
  aliases: PhraseIndex<AliasEntry>;
  /** Role nouns ("troops", "foreign minister") and titles ("President", "Gen.") → CAMEO agent code. */
  roleNouns: PhraseIndex<Role>;
  titles: PhraseIndex<Role>;
  /** Every non-person actor by id. */
  byId: Map<string, ActorRef>;
  people: PersonEntry[];
  /** Aliases that two entries claim: reported, resolved to the first claimant. */
  duplicates: DuplicateAlias[];
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

function readJson(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read actor catalogue file: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new Error(`${path}: not valid JSON: ${(e as Error).message}`);
  }
}

function loadFile<K extends CatalogueKind>(kind: K, path = dataPath(`actors/${kind}.json`)): CatalogueFiles[K] {
  return parseCatalogueFile(path, kind, readJson(path));
}

export interface CatalogueOptions {
  /** Extra catalogue files of the user's: { kind, path } pairs, loaded after ours. */
  extra?: Array<{ kind: 'states' | 'groups' | 'igos' | 'people'; path: string }>;
}

export function loadActorCatalogue(opts: CatalogueOptions = {}): ActorCatalogue {
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
  const countries = require('world-countries') as WorldCountry[];
  const states = loadFile('states');
  const extraStates = (opts.extra ?? []).filter((e) => e.kind === 'states').map((e) => loadFile('states', e.path));
  const stateEntries = [...states.states, ...extraStates.flatMap((f) => f.states)];
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
    const origin = `data/actors/states.json#${s.id}`;
    const cs = new Set(s.caseSensitive);
    for (const a of s.aliases) add(base, a, 'name', origin, cs.has(a));
    for (const a of s.demonyms) add(base, a, 'demonym', origin, cs.has(a));
    for (const a of s.nationals) add(base, a, 'national', origin, cs.has(a));
    for (const m of s.metonyms) add({ ...base, role: m.role }, m.text, 'capital', origin, cs.has(m.text));
  }

  // Groups and international organisations.
  const groupFiles = [loadFile('groups'), ...(opts.extra ?? []).filter((e) => e.kind === 'groups').map((e) => loadFile('groups', e.path))];
  const igoFiles = [loadFile('igos'), ...(opts.extra ?? []).filter((e) => e.kind === 'igos').map((e) => loadFile('igos', e.path))];
  const registerNamed = (type: ActorType, file: string, e: { id: string; name: string; aliases: string[]; caseSensitive: string[] }) => {
    const actor: ActorRef = { id: e.id, type, name: e.name };
    byId.set(e.id, actor);
    const cs = new Set(e.caseSensitive);
    for (const a of [e.name, ...e.aliases]) add(actor, a, 'name', `${file}#${e.id}`, cs.has(a));
  };
  for (const f of groupFiles) for (const g of f.groups) registerNamed('group', 'data/actors/groups.json', g);
  for (const f of igoFiles) for (const g of f.igos) registerNamed('igo', 'data/actors/igos.json', g);

  // People with dated roles: resolved to their affiliation by the article's date when matched.
  const people = [loadFile('people'), ...(opts.extra ?? []).filter((e) => e.kind === 'people').map((e) => loadFile('people', e.path))].flatMap((f) => f.people);
  for (const p of people) {
    const actor: ActorRef = { id: p.id, type: 'person', name: p.name };
    for (const a of [p.name, ...p.aliases]) add(actor, a, 'person', `data/actors/people.json#${p.id}`, false, p);
  }

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
    ...groupFiles.flatMap((f) => f.groups),
    ...igoFiles.flatMap((f) => f.igos),
  ]);

  return {
    aliases,
    roleNouns,
    titles,
    byId,
    people,
    duplicates,
    counts: {
      states: countries.length,
      groups: groupFiles.reduce((n, f) => n + f.groups.length, 0),
      igos: igoFiles.reduce((n, f) => n + f.igos.length, 0),
      people: people.length,
      aliases: aliases.size,
    },
  };
}

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
