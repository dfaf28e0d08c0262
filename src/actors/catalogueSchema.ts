// Schemas of the actor catalogue (data/actors/*.json, and any file a user adds in the same shape).
// Actor resolution is driven by these files; this module only says what a valid file looks like,
// reports precisely where one is wrong, and finds aliases that two entries both claim.
import { z } from 'zod';

/** CAMEO agent codes (the same list as Role in src/core/types.ts). */
export const ROLE_CODES = ['GOV', 'MIL', 'REB', 'OPP', 'MED', 'BUS', 'CVL', 'JUD', 'LEG', 'SPY', 'COP', 'INS', 'UAF'] as const;
export const RoleCode = z.enum(ROLE_CODES);
export type RoleCode = z.infer<typeof RoleCode>;

export const GROUP_KINDS = ['insurgent', 'separatist', 'militia', 'jihadist', 'rebel', 'movement', 'party', 'paramilitary'] as const;

const text = z.string().trim().min(1, 'must be a non-empty string');
/** ISO 3166-1 alpha-3 as world-countries spells it (Kosovo is "UNK" there). */
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "TUR"');
/** Uppercase ASCII id for groups and IGOs: letters, digits, underscore. */
const upperId = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be uppercase ASCII letters, digits or _ (no spaces)');
/** Lowercase ASCII slug for people: erdogan-recep-tayyip. */
const personId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug such as "erdogan-recep-tayyip"');
/** Actor an affiliation points to: a state (ISO3) or a group/IGO id. */
const actorId = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be a state ISO3 code or a group/IGO id');
/** ISO date at day, month or year precision. */
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const isoDate = z.string().regex(ISO_DATE, 'must be an ISO date YYYY-MM-DD, YYYY-MM or YYYY');
/** CAMEO actor code in PETRARCH style: groups of three uppercase letters/digits. */
const cameoCode = z.string().regex(/^([A-Z0-9]{3})+$/, 'must be a CAMEO code made of 3-character blocks, e.g. "IMGMUSISI"');
const aliasList = z.array(text);

/** Every caseSensitive entry must also be one of the entry's aliases (or its name). */
function caseSensitiveInAliases(
  e: { name?: string; aliases: string[]; caseSensitive?: string[] },
  ctx: z.RefinementCtx,
): void {
  const known = new Set([...(e.name ? [e.name] : []), ...e.aliases]);
  (e.caseSensitive ?? []).forEach((a, j) => {
    if (!known.has(a)) ctx.addIssue({ code: 'custom', path: ['caseSensitive', j], message: `"${a}" is not one of this entry's aliases` });
  });
}

/** Ids must be unique within a file. */
function uniqueIds(entries: { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const first = seen.get(e.id);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${e.id}" (first used by entry ${first})` });
    else seen.set(e.id, i);
  });
}

// ---------- states.json ----------

export const Metonym = z.strictObject({
  /** As written in text: "Ankara", "the Kremlin", "the Pentagon". */
  text,
  /** The role the metonym implies for the state: the Pentagon is MIL, Downing Street is GOV. */
  role: RoleCode,
});
export type Metonym = z.infer<typeof Metonym>;

export const StateEntry = z
  .strictObject({
    /** ISO 3166-1 alpha-3, as the world-countries package's cca3. */
    id: iso3,
    /** Names that world-countries' name.common / name.official / altSpellings lack (or that bear repeating). */
    aliases: aliasList,
    /** Adjectives: "Turkish", "Iranian". */
    demonyms: aliasList.default([]),
    /** Nouns for nationals, singular and plural: "Turk", "Turks". */
    nationals: aliasList.default([]),
    /** Capitals and seats of power standing for the state, with the role they imply. */
    metonyms: z.array(Metonym).default([]),
    /** Aliases (or metonyms) that match only with exactly this case: "US" is not "us". */
    caseSensitive: aliasList.default([]),
    note: text.optional(),
  })
  .superRefine((e, ctx) => {
    const known = new Set([...e.aliases, ...e.demonyms, ...e.nationals, ...e.metonyms.map((m) => m.text)]);
    e.caseSensitive.forEach((a, j) => {
      if (!known.has(a)) ctx.addIssue({ code: 'custom', path: ['caseSensitive', j], message: `"${a}" is not one of this entry's aliases, demonyms, nationals or metonyms` });
    });
  });
export type StateEntry = z.infer<typeof StateEntry>;

export const StatesFile = z.strictObject({
  version: z.literal(1),
  states: z.array(StateEntry).superRefine(uniqueIds),
});
export type StatesFile = z.infer<typeof StatesFile>;

// ---------- groups.json ----------

export const GroupEntry = z
  .strictObject({
    id: upperId,
    name: text,
    aliases: aliasList.min(1, 'needs at least one alias'),
    kind: z.enum(GROUP_KINDS),
    /** Home country (ISO3), or null for a transnational group. */
    country: iso3.nullable(),
    cameo: cameoCode,
    caseSensitive: aliasList.default([]),
    note: text,
  })
  .superRefine(caseSensitiveInAliases);
export type GroupEntry = z.infer<typeof GroupEntry>;

export const GroupsFile = z.strictObject({
  version: z.literal(1),
  groups: z.array(GroupEntry).superRefine(uniqueIds),
});
export type GroupsFile = z.infer<typeof GroupsFile>;

// ---------- igos.json ----------

export const IgoEntry = z
  .strictObject({
    id: upperId,
    name: text,
    aliases: aliasList.min(1, 'needs at least one alias'),
    cameo: cameoCode,
    /** Member states (ISO3), only where the list is sure. */
    members: z.array(iso3).optional(),
    /** Seat or headquarters city. */
    seat: text.optional(),
    /**
     * A diplomatic format of states rather than an organisation (the Astana guarantors, the P5+1): it has no
     * agency of its own, so its mentions stand for its member states, which must be listed.
     */
    format: z.boolean().optional(),
    caseSensitive: aliasList.default([]),
    note: text.optional(),
  })
  .superRefine((e, ctx) => {
    caseSensitiveInAliases(e, ctx);
    if (e.format && !e.members?.length) ctx.addIssue({ code: 'custom', path: ['members'], message: 'a format must list its member states' });
  });
export type IgoEntry = z.infer<typeof IgoEntry>;

export const IgosFile = z.strictObject({
  version: z.literal(1),
  igos: z.array(IgoEntry).superRefine(uniqueIds),
});
export type IgosFile = z.infer<typeof IgosFile>;

// ---------- people.json ----------

export const PersonRole = z
  .strictObject({
    /** The state (ISO3), group or IGO id the person acts for in this role. */
    actor: actorId,
    /** CAMEO agent code the role implies, or null where none fits (a movement's spiritual leader). */
    role: RoleCode.nullable(),
    title: text,
    from: isoDate.nullable(),
    /** null while the person still holds the role (or where the end is not known to be past). */
    to: isoDate.nullable(),
  })
  .superRefine((r, ctx) => {
    // Compare on the common precision: "2016" and "2016-06-28" do not contradict each other.
    const ok = (d: string | null): d is string => !!d && ISO_DATE.test(d);
    if (ok(r.from) && ok(r.to)) {
      const n = Math.min(r.from.length, r.to.length);
      if (r.from.slice(0, n) > r.to.slice(0, n)) ctx.addIssue({ code: 'custom', path: ['to'], message: `ends (${r.to}) before it starts (${r.from})` });
    }
  });
export type PersonRole = z.infer<typeof PersonRole>;

export const PersonEntry = z.strictObject({
  id: personId,
  name: text,
  aliases: aliasList,
  roles: z.array(PersonRole).min(1, 'needs at least one role'),
  note: text.optional(),
});
export type PersonEntry = z.infer<typeof PersonEntry>;

export const PeopleFile = z.strictObject({
  version: z.literal(1),
  people: z.array(PersonEntry).superRefine(uniqueIds),
});
export type PeopleFile = z.infer<typeof PeopleFile>;

// ---------- roles.json ----------

export const RoleWords = z.strictObject({
  /** Words and phrases that, next to an actor, give it this role: "troops", "ministry". */
  nouns: aliasList.min(1, 'needs at least one noun'),
  /** Titles written before a name: "President", "Gen.". */
  titles: aliasList.default([]),
});
export type RoleWords = z.infer<typeof RoleWords>;

export const RolesFile = z.strictObject({
  version: z.literal(1),
  roles: z.partialRecord(RoleCode, RoleWords),
});
export type RolesFile = z.infer<typeof RolesFile>;

// ---------- parsing ----------

export type CatalogueKind = 'states' | 'groups' | 'igos' | 'people' | 'roles';

export interface CatalogueFiles {
  states: StatesFile;
  groups: GroupsFile;
  igos: IgosFile;
  people: PeopleFile;
  roles: RolesFile;
}

const SCHEMAS: { [K in CatalogueKind]: z.ZodType<CatalogueFiles[K]> } = {
  states: StatesFile,
  groups: GroupsFile,
  igos: IgosFile,
  people: PeopleFile,
  roles: RolesFile,
};

/** "aliases[2]", "roles[0].from", "metonyms[1].role". */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + String(p);
  }
  return out || '(the entry itself)';
}

function entryLabel(kind: CatalogueKind, index: number, entry: unknown): string {
  let name = '';
  if (entry && typeof entry === 'object') {
    const e = entry as Record<string, unknown>;
    const id = typeof e.id === 'string' && e.id ? e.id : undefined;
    const nm = typeof e.name === 'string' && e.name ? e.name : undefined;
    if (id) name = ` (id "${id}"${nm ? `, name "${nm}"` : ''})`;
    else if (nm) name = ` (no id; name "${nm}")`;
    else name = ' (no id)';
  }
  return `${kind} entry ${index}${name}`;
}

function describeIssue(path: string, kind: CatalogueKind, json: unknown, issue: z.core.$ZodIssue): string {
  const p = issue.path;
  // An unknown key is reported on the object holding it: name the key as the field.
  const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : undefined;
  const field = (rest: readonly PropertyKey[]): string => (keys ? keys.map((k) => fieldPath([...rest, k])).join(', ') : fieldPath(rest));
  // Entries live in the array named after the kind; roles.json is one record keyed by role code.
  if (kind !== 'roles' && p[0] === kind && typeof p[1] === 'number') {
    const arr = (json as Record<string, unknown>)[kind] as unknown[];
    const entry = Array.isArray(arr) ? arr[p[1]] : undefined;
    return `${path}: ${entryLabel(kind, p[1], entry)}: field "${field(p.slice(2))}": ${issue.message}`;
  }
  if (kind === 'roles' && p[0] === 'roles' && p.length > 1) {
    return `${path}: roles entry "${String(p[1])}": field "${field(p.slice(2))}": ${issue.message}`;
  }
  return `${path}: top level: field "${field(p)}": ${issue.message}`;
}

/**
 * Validate one catalogue file. Returns the parsed file (defaults filled in) or throws an Error whose
 * message names the file, the entry (index and id/name) and the field of every problem found
 * (at most 20, then a count of the rest).
 */
export function parseCatalogueFile<K extends CatalogueKind>(path: string, kind: K, json: unknown): CatalogueFiles[K] {
  const schema = SCHEMAS[kind] as z.ZodType<CatalogueFiles[K]>;
  if (!schema) throw new Error(`${path}: unknown catalogue kind "${String(kind)}"`);
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => describeIssue(path, kind, json, i));
  const shown = lines.slice(0, 20);
  if (lines.length > shown.length) shown.push(`... and ${lines.length - shown.length} more problem(s)`);
  throw new Error(`invalid ${kind} catalogue file ${path}:\n  ${shown.join('\n  ')}`);
}

// ---------- alias collisions ----------

/** The normal form aliases are compared in: lowercase, diacritics folded, periods removed, whitespace collapsed. */
export function normaliseAlias(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Anything with an id and the names it may be found by: a state, group or IGO entry. */
export interface AliasedEntry {
  id: string;
  name?: string;
  aliases?: string[];
  demonyms?: string[];
  nationals?: string[];
  metonyms?: { text: string }[];
}

export interface DuplicateAlias {
  /** The normalised alias. */
  alias: string;
  /** The distinct ids that claim it, in order of first claim. */
  ids: string[];
}

/**
 * Aliases (and names, demonyms, nationals and metonyms) that normalise to the same string but belong to
 * two or more different ids, across all entries given (pass states, groups and IGOs together).
 */
export function findDuplicateAliases(entries: readonly AliasedEntry[]): DuplicateAlias[] {
  const owners = new Map<string, string[]>();
  for (const e of entries) {
    const names = [
      ...(e.name ? [e.name] : []),
      ...(e.aliases ?? []),
      ...(e.demonyms ?? []),
      ...(e.nationals ?? []),
      ...(e.metonyms ?? []).map((m) => m.text),
    ];
    for (const n of names) {
      const k = normaliseAlias(n);
      if (!k) continue;
      const ids = owners.get(k) ?? [];
      if (!ids.includes(e.id)) ids.push(e.id);
      owners.set(k, ids);
    }
  }
  const out: DuplicateAlias[] = [];
  for (const [alias, ids] of owners) if (ids.length > 1) out.push({ alias, ids });
  return out;
}
