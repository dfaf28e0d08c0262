// Schemas of the event-coding lexicon (data/lexicon/*.json, and any file a user adds in the same shape):
// triggers (words → CAMEO codes), modality cues (what makes an event planned, speculated or denied),
// reporting verbs (attribution) and irregular verbs (inflection). The coder's rules live in code; this
// module only says what a valid file looks like and reports precisely where one is wrong.
// The pattern language is described in data/lexicon/README.md.
import { z } from 'zod';

export type LexiconKind = 'triggers' | 'modality' | 'reporting' | 'verbs' | 'lightVerbs' | 'standingNouns';

const note = z.string().trim().min(1, 'must be a non-empty string');

/** One lowercase word as the tokenizer sees it (letters, digits, inner hyphens, dots or apostrophes). */
const WORD = /^(?:[a-z0-9]+(?:['.-][a-z0-9]+)*|'[a-z]+)$/;
const word = z
  .string()
  .regex(WORD, 'must be one lowercase word (letters, digits, inner "-", "." or "\'"), no spaces');

/** Preposition (or "obj") that introduces the target after a trigger. */
const targetSlot = z.string().regex(/^(?:obj|[a-z]+)$/, 'must be "obj" or a lowercase preposition');

/** CAMEO event code: 2 to 4 digits ("19", "190", "1831"). */
const cameoCode = z.string().regex(/^\d{2,4}$/, 'must be a CAMEO event code of 2 to 4 digits, e.g. "190" or "1831"');

/**
 * A trigger pattern: lowercase words separated by single spaces; "..." is a gap of up to 4 tokens inside
 * one clause and may not start or end the pattern, nor follow another gap.
 */
const pattern = z
  .string()
  .min(1, 'must be a non-empty pattern')
  .superRefine((p, ctx) => {
    if (p !== p.trim() || /\s{2,}|[\t\n\r]/.test(p)) {
      ctx.addIssue({ code: 'custom', message: 'words must be separated by single spaces, with no leading or trailing space' });
      return;
    }
    if (p !== p.toLowerCase()) ctx.addIssue({ code: 'custom', message: 'must be lowercase (matching is on lowercased tokens)' });
    const words = p.split(' ');
    words.forEach((w, i) => {
      if (w === '...') {
        if (i === 0 || i === words.length - 1) ctx.addIssue({ code: 'custom', message: 'a gap "..." may not start or end a pattern' });
        else if (words[i - 1] === '...') ctx.addIssue({ code: 'custom', message: 'two gaps "... ..." in a row' });
      } else if (!WORD.test(w)) {
        ctx.addIssue({ code: 'custom', message: `"${w}" is not a lowercase word (letters, digits, inner "-", "." or "'")` });
      }
    });
  });

export const TriggerEntry = z
  .strictObject({
    /** Unique id, conventionally "<words>.<v|n>": "attack.v", "air_strike.n". */
    id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'must be a lowercase id of letters, digits, "_", "." or "-"'),
    pattern,
    /** verb: the FIRST word is a lemma matched in all its forms; noun: the LAST word in singular and plural. */
    kind: z.enum(['verb', 'noun']),
    cameo: cameoCode,
    /**
     * How the target is introduced after the trigger: "obj" (the direct object) or prepositions.
     * Default: ["obj"] for verbs, ["against", "on", "with", "of", "to"] for nouns.
     */
    target: z
      .array(targetSlot)
      .min(1, 'must list at least one slot (or be left out for the default)')
      .refine((a) => new Set(a).size === a.length, 'has a slot listed twice')
      .optional(),
    /** Direction does not matter (meet, talks, cooperate): "X and Y met" gives X → Y. */
    symmetric: z.boolean().default(false),
    /**
     * The code when two or more actors do it together with no one else as target: "French and Egyptian warships
     * launched war games" is military cooperation (062) between them, not a show of force (150).
     */
    joint: cameoCode.optional(),
    /** Rare: the grammatical object is the source ("receive a visit from X"). */
    sourceFrom: z.literal('obj').optional(),
    /** The sentence must contain at least one of these words (lowercased tokens) for the trigger to fire. */
    requires: z.array(word).min(1, 'must list at least one word (or be left out)').optional(),
    /** Noun plural of the LAST word when the regular rules (-s, -es, y → ies) get it wrong. */
    plural: word.optional(),
    note: note.optional(),
  })
  .superRefine((e, ctx) => {
    const words = e.pattern.split(' ');
    if (e.plural !== undefined && e.kind !== 'noun') {
      ctx.addIssue({ code: 'custom', path: ['plural'], message: 'only noun triggers take a plural' });
    }
    if (e.kind === 'verb' && words[0] !== undefined && !/^[a-z]/.test(words[0])) {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'a verb pattern must start with the verb lemma' });
    }
  });
export type TriggerEntry = z.output<typeof TriggerEntry>;

export const TriggerFile = z.strictObject({
  version: z.literal(1),
  triggers: z.array(TriggerEntry).superRefine((entries, ctx) => {
    const ids = new Map<string, number>();
    const patterns = new Map<string, number>();
    entries.forEach((e, i) => {
      const firstId = ids.get(e.id);
      if (firstId !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${e.id}" (first used by entry ${firstId})` });
      else ids.set(e.id, i);
      const key = `${e.kind}:${e.pattern}`;
      const firstPattern = patterns.get(key);
      if (firstPattern !== undefined) {
        ctx.addIssue({ code: 'custom', path: [i, 'pattern'], message: `same pattern and kind as entry ${firstPattern} ("${e.pattern}", ${e.kind})` });
      } else patterns.set(key, i);
    });
  }),
});
export type TriggerFile = z.output<typeof TriggerFile>;

// ---------- modality.json ----------

export const MODALITY_STATUSES = ['hypothetical', 'future', 'negated'] as const;
export type ModalityStatus = (typeof MODALITY_STATUSES)[number];

/** A cue: a word or phrase (matched as tokens) or "?". */
const cueText = z
  .string()
  .min(1, 'must be a non-empty cue')
  .refine((c) => c === c.trim() && c === c.toLowerCase() && !/\s{2,}/.test(c), 'must be lowercase, single-spaced, with no leading or trailing space');

/** A cue that sets an event's status when it stands in scope of the trigger. */
export interface StatusCue {
  cue: string;
  status: ModalityStatus;
  /** before: precedes the trigger in its clause; after: follows it; sentence: anywhere in the sentence. */
  scope: 'before' | 'after' | 'sentence';
  /** Tokens allowed between cue and trigger (before/after); ignored for sentence scope. */
  window: number;
  /** The speech act a future-making cue expresses: a commitment (intent), a threat, or an obligation (demand). */
  act?: 'intent' | 'threat' | 'demand' | 'refusal';
  /** The cue is a speech act towards others in itself ("offered to", "refused to"): see speechFrameCoder. */
  frame?: boolean;
  blocks?: false;
  note?: string;
}

/** A word that stops cue scope (a clause boundary beyond those the coder knows). Carries no status. */
export interface BlockingCue {
  cue: string;
  blocks: true;
  note?: string;
}

export type ModalityCue = StatusCue | BlockingCue;

/**
 * One object schema for both shapes, so that errors name the field: a status cue needs status, scope and
 * window; a blocking cue ("blocks": true) has none of them.
 */
export const ModalityCue = z
  .strictObject({
    cue: cueText,
    status: z.enum(MODALITY_STATUSES).optional(),
    scope: z.enum(['before', 'after', 'sentence']).optional(),
    window: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(30, 'must be at most 30').optional(),
    act: z.enum(['intent', 'threat', 'demand', 'refusal']).optional(),
    /**
     * The cue is itself a speech act towards others ("offered to", "is prepared to", "refused to"), coded even
     * when what it introduces is no known event (src/events/speechFrameCoder.ts). Needs an intent or refusal act.
     */
    frame: z.boolean().optional(),
    blocks: z.boolean().optional(),
    note: note.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.blocks) {
      for (const f of ['status', 'scope', 'window'] as const) {
        if (c[f] !== undefined) ctx.addIssue({ code: 'custom', path: [f], message: 'a blocking cue ("blocks": true) takes no status, scope or window' });
      }
      return;
    }
    if (c.act !== undefined && c.status !== (c.act === 'refusal' ? 'negated' : 'future')) {
      ctx.addIssue({ code: 'custom', path: ['act'], message: 'a "refusal" act goes with a "negated" cue; intent, threat and demand with a "future" cue' });
    }
    if (c.frame && c.act !== 'intent' && c.act !== 'refusal') ctx.addIssue({ code: 'custom', path: ['frame'], message: 'only an "intent" or "refusal" cue can be a frame' });
    if (c.status === undefined) ctx.addIssue({ code: 'custom', path: ['status'], message: 'is required: "hypothetical", "future" or "negated"' });
    if (c.scope === undefined) ctx.addIssue({ code: 'custom', path: ['scope'], message: 'is required: "before", "after" or "sentence"' });
    if (c.window === undefined) ctx.addIssue({ code: 'custom', path: ['window'], message: 'is required: tokens allowed between cue and trigger' });
  })
  .transform((c) => c as ModalityCue);

export const ModalityFile = z.strictObject({
  version: z.literal(1),
  cues: z.array(ModalityCue).superRefine((cues, ctx) => {
    const seen = new Map<string, number>();
    cues.forEach((c, i) => {
      const key = isStatusCue(c) ? `${c.cue}|${c.scope}` : `${c.cue}|blocks`;
      const first = seen.get(key);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'cue'], message: `cue "${c.cue}" with the same scope as entry ${first}` });
      else seen.set(key, i);
    });
  }),
});
export type ModalityFile = z.output<typeof ModalityFile>;

/** True for cues that set a status (as opposed to scope blockers). */
export function isStatusCue(c: ModalityCue): c is StatusCue {
  return c.blocks !== true;
}

// ---------- reporting.json ----------

const uniqueStrings = (what: string, item: z.ZodType<string> = cueText) =>
  z.array(item).superRefine((a, ctx) => {
    const seen = new Map<string, number>();
    a.forEach((s, i) => {
      const first = seen.get(s);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i], message: `duplicate ${what} "${s}" (first at ${first})` });
      else seen.set(s, i);
    });
  });

export const ReportingFile = z.strictObject({
  version: z.literal(1),
  /** Lemmas of reporting verbs (inflected by the coder): "say", "announce". */
  verbs: uniqueStrings('verb', word),
  /** Fixed phrases that introduce attribution, matched literally as tokens: "according to". */
  phrases: uniqueStrings('phrase'),
  /** Nouns naming a statement or its giver: "statement", "spokesman". */
  nouns: uniqueStrings('noun'),
});
export type ReportingFile = z.output<typeof ReportingFile>;

// ---------- light-verbs.json ----------

export const LightVerbsFile = z.strictObject({
  version: z.literal(1),
  /** Lemmas of verbs whose object noun carries the event ("staged demonstrations", "provided food aid"). */
  verbs: uniqueStrings('verb', word),
});
export type LightVerbsFile = z.output<typeof LightVerbsFile>;

// ---------- standing-nouns.json ----------

export const StandingNounsFile = z.strictObject({
  version: z.literal(1),
  /** Nouns that stand for the actor of their of-phrase: "with the president of Armenia" is with Armenia. */
  nouns: uniqueStrings('noun', z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'must be lowercase words separated by single spaces')),
});
export type StandingNounsFile = z.output<typeof StandingNounsFile>;

// ---------- irregular-verbs.json ----------

export const IrregularVerbsFile = z.strictObject({
  version: z.literal(1),
  /** Lemma → its irregular forms (past, participle, and odd -ing/-s forms). An empty list means regular. */
  verbs: z.record(
    z.string().regex(/^[a-z]+(?:-[a-z]+)?$/, 'must be a lowercase verb lemma'),
    z.array(word).refine((a) => new Set(a).size === a.length, 'lists a form twice'),
  ),
});
export type IrregularVerbsFile = z.output<typeof IrregularVerbsFile>;

// ---------- parsing with precise errors ----------

export interface LexiconFiles {
  triggers: TriggerFile;
  modality: ModalityFile;
  reporting: ReportingFile;
  verbs: IrregularVerbsFile;
  lightVerbs: LightVerbsFile;
  standingNouns: StandingNounsFile;
}

const SCHEMAS: { [K in LexiconKind]: z.ZodType<LexiconFiles[K]> } = {
  triggers: TriggerFile as unknown as z.ZodType<TriggerFile>,
  modality: ModalityFile as unknown as z.ZodType<ModalityFile>,
  reporting: ReportingFile as unknown as z.ZodType<ReportingFile>,
  verbs: IrregularVerbsFile as unknown as z.ZodType<IrregularVerbsFile>,
  lightVerbs: LightVerbsFile as unknown as z.ZodType<LightVerbsFile>,
  standingNouns: StandingNounsFile as unknown as z.ZodType<StandingNounsFile>,
};

/** The array (or record) of entries in each kind of file. */
const ENTRY_LIST: Record<LexiconKind, string[]> = {
  triggers: ['triggers'],
  modality: ['cues'],
  reporting: ['verbs', 'phrases', 'nouns'],
  verbs: ['verbs'],
  lightVerbs: ['verbs'],
  standingNouns: ['nouns'],
};

function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map((k) => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[') : '(entry)';
}

function entryAt(json: unknown, list: string, key: PropertyKey): unknown {
  const container = (json as Record<string, unknown> | null)?.[list];
  if (Array.isArray(container) && typeof key === 'number') return container[key];
  if (container && typeof container === 'object') return (container as Record<string, unknown>)[String(key)];
  return undefined;
}

function entryLabel(kind: LexiconKind, list: string, key: PropertyKey, entry: unknown): string {
  const e = entry as Record<string, unknown> | null | undefined;
  if (typeof key !== 'number') return `${list} entry "${String(key)}"`;
  let named = '';
  if (kind === 'triggers' && typeof e?.id === 'string') named = ` (id "${e.id}")`;
  else if (kind === 'modality' && typeof e?.cue === 'string') named = ` (cue "${e.cue}")`;
  else if (kind === 'reporting' && typeof entry === 'string') named = ` ("${entry}")`;
  return `${list} entry ${key}${named}`;
}

function describeIssue(path: string, kind: LexiconKind, json: unknown, issue: z.core.$ZodIssue): string {
  const p = issue.path;
  const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : undefined;
  const list = typeof p[0] === 'string' ? p[0] : undefined;
  if (list && ENTRY_LIST[kind].includes(list) && p.length >= 2) {
    const label = entryLabel(kind, list, p[1]!, entryAt(json, list, p[1]!));
    const field = keys ? keys.join(', ') : fieldName(p.slice(2));
    return `${path}: ${label}: field "${field}": ${keys ? 'unknown field' : issue.message}`;
  }
  const field = keys ? keys.join(', ') : fieldName(p);
  return `${path}: top level: field "${field}": ${keys ? 'unknown field' : issue.message}`;
}

/**
 * Validates one lexicon file and returns it typed (defaults applied). Throws an Error naming the file,
 * the entry (index, and id or cue when it has one) and the field for every problem found.
 */
export function parseLexiconFile<K extends LexiconKind>(path: string, kind: K, json: unknown): LexiconFiles[K] {
  const schema = SCHEMAS[kind];
  if (!schema) throw new Error(`${path}: unknown lexicon kind "${String(kind)}"`);
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => describeIssue(path, kind, json, i));
  const shown = lines.slice(0, 20);
  if (lines.length > shown.length) shown.push(`... and ${lines.length - shown.length} more problem(s)`);
  throw new Error(`invalid ${kind} lexicon file ${path}:\n  ${shown.join('\n  ')}`);
}

/** The target slots a trigger uses when its entry gives none. */
export function defaultTarget(kind: TriggerEntry['kind']): string[] {
  return kind === 'verb' ? ['obj'] : ['against', 'on', 'with', 'of', 'to'];
}
