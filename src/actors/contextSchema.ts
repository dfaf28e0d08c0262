// Schemas of the actor stage's word lists (data/actors/context.json, references.json, ambiguity.json):
// the cues that decide what a name means in its sentence, which phrases refer back to actors, and which
// names are shared with people, rivers or US states. Like the catalogue files, a bad file fails at start-up
// with the file, the entry and the field named.
import { z } from 'zod';
import { RoleCode } from './catalogueSchema.ts';

const text = z.string().trim().min(1, 'must be a non-empty string');
const words = z.array(text);
const ACTOR_ID = /^[A-Z][A-Z0-9_]*$/;

// ---------- context.json ----------

export const ContextFile = z.strictObject({
  version: z.literal(1),
  locative: z.strictObject({
    /** Words after which a capital is a place: "in Ankara", "outskirts of Damascus". */
    prepositions: words,
    /** Words that make a capital a place only after a motion word: "a visit to Ankara", "flew from Tehran". */
    motionPrepositions: words,
    /** Motion words within a few words before a motion preposition. */
    motionWords: words,
    /** Verbs whose direct object is a place: "visited Ankara". */
    placeVerbs: words,
    /** Phrases ending in a preposition after which a capital still acts: "according to Ankara", "pressure from Moscow". */
    notLocative: words,
    /** "Ankara-based", "Tehran-born": the capital is a place. */
    placeSuffixes: words,
    /** "officials in Ankara", "diplomats from Tehran": after a role noun these make the capital the role's state. */
    roleIn: words,
  }),
  demonymHeads: z.strictObject({
    /** "Syrian territory", "the Turkish border": the demonym names a place of the state. */
    place: words,
    /** "Israeli time", "the Turkish lira": the demonym names no actor at all. */
    nonActor: words,
  }),
  /** Names that hold an actor's name but are none: "North America", "New Mexico", "the Persian Gulf", "Washington Post". */
  notActorNames: words,
  roles: z.strictObject({
    /** Words that may stand between an actor and its role noun: "US defense officials", "Turkish senior officials". */
    modifiers: words,
    /** "pro-government", "anti-Western": a compound adjective, not a role noun. */
    compoundPrefixes: words,
    /** "U.S.-backed militias": the actor backs the militias and takes none of their role. */
    backedWords: words,
    /** Roles that belong to the state they are "in": "rebels in Syria" are Syria's rebels (unlike "troops in Syria"). */
    domesticRoles: z.array(RoleCode),
    /** Further phrases with such a role: "anti-government forces (in Syria)". */
    domesticPhrases: z.array(z.strictObject({ text, role: RoleCode })),
    domesticPrepositions: words,
    /** Role nouns that name one person ("spokesman", "foreign minister"): only these introduce a person's name. */
    personNouns: words,
    /** Offices the catalogue's dated roles name, for "the Turkish President" → the president on the article's date. */
    offices: words,
    /** Office spellings folded into the catalogue's: "defense minister" → "defence minister". */
    officeSpellings: z.record(z.string(), text),
    /** "former", "then": the office-holder on the article's date is not the one meant. */
    formerWords: words,
  }),
});
export type ContextFile = z.infer<typeof ContextFile>;

// ---------- references.json ----------

export const REFERENCE_TYPES = ['state', 'group', 'igo', 'person', 'actor'] as const;
const ReferenceType = z.enum(REFERENCE_TYPES);

export const ReferencesFile = z.strictObject({
  version: z.literal(1),
  /** Pronouns of reported speech that refer to the last person: "he said". */
  personPronouns: words,
  /** Pronouns that may refer to a state, group or organisation at the start of a clause: "It has carried out …". */
  subjectPronouns: words,
  /** Definite descriptions of one actor: "the group" → the last group named. */
  singular: z.array(z.strictObject({ text, type: ReferenceType })),
  /** References to two actors: "both countries", "the two militaries" (with the role they imply). */
  plural: z.array(z.strictObject({ text, type: ReferenceType, role: RoleCode.optional() })),
  /** "the NATO allies": two member states of the organisation just named. */
  memberNouns: words,
  former: words,
  latter: words,
  /** How many sentences back each kind of reference may reach. */
  window: z.strictObject({ pronoun: z.number().int().min(0), singular: z.number().int().min(0), plural: z.number().int().min(0) }),
  /** Spelling variants of transliterated names, applied in order to compare surnames: ["gh", "q"] makes Bagheri = Baqeri. */
  transliterations: z.array(z.tuple([z.string().min(1), z.string()])),
});
export type ReferencesFile = z.infer<typeof ReferencesFile>;

// ---------- ambiguity.json ----------

export const AmbiguousName = z.strictObject({
  /** The alias as written: "Georgia". */
  alias: text,
  /** The actor it names when it names one. */
  actor: z.string().regex(ACTOR_ID, 'must be a state ISO3 code or a group/IGO id'),
  /** May be a first or last name: "Michael Jordan", "Chad Smith". */
  personName: z.boolean(),
  /** Other readings and the words that signal them: right before, right after, or anywhere in the sentence. */
  readings: z.array(
    z.strictObject({
      reading: text,
      previous: words,
      next: words,
      context: words,
      /** Once read so in an article, read so for the rest of it ("Georgia" the US state), unlike a local feature ("the Jordan River"). */
      sticky: z.boolean(),
    }),
  ),
  /** Words anywhere in the sentence that confirm the actor reading over a context cue. */
  actorContext: words,
});
export type AmbiguousName = z.infer<typeof AmbiguousName>;

export const AmbiguityFile = z.strictObject({
  version: z.literal(1),
  /** Capitalised words that are not first names ("The Jordan", "In Georgia"). */
  notNameWords: words,
  names: z.array(AmbiguousName).superRefine((names, ctx) => {
    const seen = new Map<string, number>();
    names.forEach((n, i) => {
      const k = n.alias.toLowerCase();
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i, 'alias'], message: `"${n.alias}" is already listed (entry ${seen.get(k)})` });
      else seen.set(k, i);
    });
  }),
});
export type AmbiguityFile = z.infer<typeof AmbiguityFile>;

// ---------- parsing ----------

export type ContextKind = 'context' | 'references' | 'ambiguity';
export interface ContextFiles {
  context: ContextFile;
  references: ReferencesFile;
  ambiguity: AmbiguityFile;
}
const SCHEMAS: { [K in ContextKind]: z.ZodType<ContextFiles[K]> } = { context: ContextFile, references: ReferencesFile, ambiguity: AmbiguityFile };

/** "plural entry 3 ("both countries"): field "type"" — the innermost list entry on the path, labelled by its text. */
function describe(json: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = json;
  let entry = '';
  let fieldFrom = 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (typeof key === 'number' && Array.isArray(node)) {
      const item: unknown = node[key];
      const label = item && typeof item === 'object' ? ((item as Record<string, unknown>).text ?? (item as Record<string, unknown>).alias) : item;
      entry = `${path.slice(0, i).map(String).join('.')} entry ${key}${typeof label === 'string' ? ` ("${label}")` : ''}`;
      fieldFrom = i + 1;
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as string] : undefined;
  }
  const field = path.slice(fieldFrom).map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
  return `${entry || 'top level'}: field "${field || '(the entry itself)'}"`;
}

/** Validate one word-list file; throws naming the file, the entry and the field of every problem (at most 20). */
export function parseContextFile<K extends ContextKind>(path: string, kind: K, json: unknown): ContextFiles[K] {
  const r = (SCHEMAS[kind] as z.ZodType<ContextFiles[K]>).safeParse(json);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => {
    const keys = i.code === 'unrecognized_keys' ? (i as { keys: string[] }).keys : undefined;
    const at = keys ? describe(json, [...i.path, keys.join(', ')]) : describe(json, i.path);
    return `${path}: ${at}: ${i.message}`;
  });
  const shown = lines.slice(0, 20);
  if (lines.length > shown.length) shown.push(`... and ${lines.length - shown.length} more problem(s)`);
  throw new Error(`invalid ${kind} file ${path}:\n  ${shown.join('\n  ')}`);
}
