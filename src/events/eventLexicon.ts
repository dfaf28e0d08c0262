// Loads and compiles the event-coding data once at start-up: the trigger lexicon (patterns → CAMEO codes),
// modality cues, reporting verbs, irregular verbs and the CAMEO code table (names, Goldstein, QuadClass,
// PLOVER). Compiled patterns are indexed by the forms of their first word, so matching a sentence costs
// one map look-up per token.
import { existsSync, readFileSync } from 'node:fs';
import { dataPath, jsonFilesIn } from '../core/paths.ts';
import type { PloverCode, Token } from '../core/types.ts';
import { isStatusCue, parseLexiconFile, type StatusCue } from './lexiconSchema.ts';
import { nounForms, verbForms } from './inflector.ts';
import { phraseKey } from '../nlp/tokenizer.ts';

import type { TriggerEntry } from './lexiconSchema.ts';
export type { TriggerEntry };
export type ModalityCue = StatusCue;

/** A pattern step: the set of token forms it accepts, or a gap of up to 4 tokens. */
export type Step = { forms: Set<string> } | { gap: number };

export interface CompiledTrigger {
  entry: TriggerEntry;
  steps: Step[];
  /** Index of the step holding the head word (the verb, or the noun). */
  head: number;
  /** Literal words in the pattern: more is more specific. */
  weight: number;
}

export interface CameoInfo {
  name: string;
  goldstein: number;
  quad: number;
  plover?: PloverCode;
}

export interface EventLexicon {
  byFirst: Map<string, CompiledTrigger[]>;
  cues: Array<ModalityCue & { key: string[] }>;
  /** The cues by their first word, for look-up. */
  cuesByFirst: Map<string, Array<ModalityCue & { key: string[] }>>;
  reportingVerbs: Set<string>;
  /** Every form of the light verbs (data/lexicon/light-verbs.json): "staged", "carried" … */
  lightVerbs: Set<string>;
  /** Nouns that stand for the actor of their of-phrase (data/lexicon/standing-nouns.json), singular and plural. */
  standingNouns: Set<string>;
  reportingPhrases: string[][];
  irregular: Record<string, string[]>;
  codes: Map<string, CameoInfo>;
  triggerCount: number;
}

/** A reporting verb written as a lowercase word, outside any name: "said", but not "State" in "Islamic State". */
export function isReportingVerb(lexicon: EventLexicon, t: Token): boolean {
  return lexicon.reportingVerbs.has(t.lower) && t.text === t.lower;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read lexicon file: ${(e as Error).message}`);
  }
}

export function loadEventLexicon(extraTriggerFiles: string[] = []): EventLexicon {
  const irregular = parseLexiconFile(dataPath('lexicon/irregular-verbs.json'), 'verbs', readJson(dataPath('lexicon/irregular-verbs.json'))).verbs;
  const triggerFiles = [...triggerFilesIn(dataPath('lexicon/triggers')), ...extraTriggerFiles];
  const seenIds = new Map<string, string>();
  const triggers = triggerFiles.flatMap((f) =>
    parseLexiconFile(f, 'triggers', readJson(f)).triggers.map((t, i) => {
      const where = seenIds.get(t.id);
      if (where) throw new Error(`${f}: triggers entry ${i}: field "id": "${t.id}" is already defined in ${where}`);
      seenIds.set(t.id, `${f} (entry ${i})`);
      return t;
    }),
  );
  const modality = parseLexiconFile(dataPath('lexicon/modality.json'), 'modality', readJson(dataPath('lexicon/modality.json')));
  const reporting = parseLexiconFile(dataPath('lexicon/reporting.json'), 'reporting', readJson(dataPath('lexicon/reporting.json')));
  const codesFile = readJson(dataPath('cameo/codes.json')) as { codes: Record<string, CameoInfo> };

  const byFirst = new Map<string, CompiledTrigger[]>();
  for (const entry of triggers) {
    const compiled = compile(entry, irregular);
    const first = compiled.steps[0];
    if (!('forms' in first)) continue;
    for (const f of first.forms) {
      let list = byFirst.get(f);
      if (!list) byFirst.set(f, (list = []));
      list.push(compiled);
    }
  }
  const reportingVerbs = new Set(reporting.verbs.flatMap((v) => verbForms(v, irregular)));
  const light = parseLexiconFile(dataPath('lexicon/light-verbs.json'), 'lightVerbs', readJson(dataPath('lexicon/light-verbs.json')));
  const lightVerbs = new Set(light.verbs.flatMap((v) => verbForms(v, irregular)));
  const standing = parseLexiconFile(dataPath('lexicon/standing-nouns.json'), 'standingNouns', readJson(dataPath('lexicon/standing-nouns.json')));
  const standingNouns = new Set(standing.nouns.flatMap((n) => nounForms(n)));
  const cues = modality.cues.filter(isStatusCue).map((c) => ({ ...c, key: c.cue === '?' ? ['?'] : phraseKey(c.cue) }));
  const cuesByFirst = new Map<string, typeof cues>();
  for (const c of cues) cuesByFirst.set(c.key[0], [...(cuesByFirst.get(c.key[0]) ?? []), c]);
  return {
    byFirst,
    cues,
    cuesByFirst,
    reportingVerbs,
    lightVerbs,
    standingNouns,
    reportingPhrases: reporting.phrases.map(phraseKey),
    irregular,
    codes: new Map(Object.entries(codesFile.codes)),
    triggerCount: triggers.length,
  };
}

/** Every .json file of a trigger directory, in name order (one file per group of CAMEO roots). */
function triggerFilesIn(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir}: trigger lexicon directory is missing`);
  return jsonFilesIn(dir);
}

function compile(entry: TriggerEntry, irregular: Record<string, string[]>): CompiledTrigger {
  const words = entry.pattern.trim().split(/\s+/);
  const steps: Step[] = [];
  let head = 0;
  let weight = 0;
  words.forEach((w, i) => {
    if (w === '...') {
      steps.push({ gap: 4 });
      return;
    }
    const keys = phraseKey(w); // "-" inside a word ("cross-border") becomes its own token
    const isHead = (entry.kind === 'verb' && i === 0) || (entry.kind === 'noun' && i === words.length - 1);
    keys.forEach((k, j) => {
      const last = j === keys.length - 1;
      let forms = [k];
      if (isHead && entry.kind === 'verb' && j === 0) forms = verbForms(k, irregular);
      if (isHead && entry.kind === 'noun' && last) forms = nounForms(k, entry.plural);
      if (isHead && ((entry.kind === 'verb' && j === 0) || (entry.kind === 'noun' && last))) head = steps.length;
      steps.push({ forms: new Set(forms) });
      weight++;
    });
  });
  return { entry, steps, head, weight };
}
