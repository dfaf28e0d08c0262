// Decides an event's status from modality cues (data/lexicon/modality.json) and their scope:
// a `before` cue must precede the trigger within its window inside the same clause, an `after` cue follow it,
// a `sentence` cue may stand anywhere in the sentence. When cues disagree, negation wins over speculation,
// and speculation over a plan ("may begin" is hypothetical, "will not" negated).
import type { EventStatus, Token } from '../core/types.ts';
import { isReportingVerb, type EventLexicon } from './eventLexicon.ts';

const CLAUSE_BREAK = new Set([';', ':', ',', 'but', 'which', 'who', 'while', 'although', 'whereas', 'because', '"']);
/** Conditions that make what a sentence says hypothetical — except a threat, which is conditional by nature. */
const CONDITIONS = new Set(['if', 'unless']);
const RANK: Record<EventStatus, number> = { occurred: 0, future: 1, hypothetical: 2, negated: 3 };

export interface Modality {
  status: EventStatus;
  cue?: string;
  /** The speech act its cue expresses: a commitment, threat or obligation (future), or a refusal (negated). */
  act?: 'intent' | 'threat' | 'demand' | 'refusal';
  /** A commitment outranked by the condition it is made on ("would meet … if", "will withdraw … unless"): its cue. */
  commitment?: string;
}

/**
 * `nominal` is true for a noun trigger: a modal reaches it across the verb phrase it is the object of
 * ("will provide nearly 25,000 tons of food aid"), so `before` windows are wider.
 */
export function decideStatus(tokens: Token[], from: number, to: number, lexicon: EventLexicon, nominal = false, root = ''): Modality {
  const extra = nominal ? 5 : 0;
  let best: Modality = { status: 'occurred' };
  // Only cues whose first word occurs in the sentence can apply: look them up instead of trying every cue.
  const cues = new Set<EventLexicon['cues'][number]>();
  for (const t of tokens) for (const c of lexicon.cuesByFirst.get(t.lower) ?? []) cues.add(c);
  if (!cues.size) return best;
  let pledge: { cue: string; act: NonNullable<Modality['act']> } | undefined;
  const consider = (status: EventStatus, cue: string, act?: Modality['act']) => {
    if (act && act !== 'refusal' && status === 'future') pledge ??= { cue, act };
    if (RANK[status] > RANK[best.status]) best = { status, cue, ...(act ? { act } : {}) };
  };
  const isReporting = (t: Token) => isReportingVerb(lexicon, t) && /(ed|said|told|says|claims|warns|insists)$/.test(t.lower);
  // Reported speech backshifts "will" to "would": "they said they would meet" is a commitment, not a guess.
  const reported = (k: number) => tokens.slice(Math.max(0, k - 8), k).some((t) => isReportingVerb(lexicon, t));
  for (const c of cues) {
    if (c.cue === 'would' && c.scope === 'before') {
      let lo = from - c.window - extra - 1;
      for (let k = from - 1; k >= Math.max(0, lo); k--) if (CLAUSE_BREAK.has(tokens[k].lower)) lo = k + 1;
      const at = findAt(tokens, c.key, Math.max(0, lo), from);
      if (at >= 0) {
        if (reported(at)) consider('future', 'would (reported)', 'intent');
        else consider(c.status, c.cue, c.act);
      }
      continue;
    }
    if (root === '13' && CONDITIONS.has(c.cue)) continue;
    if (c.scope === 'sentence') {
      if (c.key[0] === '?' ? tokens.some((t) => t.text === '?') : findAt(tokens, c.key, 0, tokens.length) >= 0) consider(c.status, c.cue, c.act);
      continue;
    }
    if (c.scope === 'before') {
      let lo = from - c.window - extra - c.key.length;
      // A reporting verb opens what it reports: "officials who may resign said Turkey struck" — "may" is outside.
      for (let k = from - 1; k >= Math.max(0, lo); k--) if (CLAUSE_BREAK.has(tokens[k].lower) || isReporting(tokens[k])) lo = k + 1;
      if (findAt(tokens, c.key, Math.max(0, lo), from) >= 0) consider(c.status, c.cue, c.act);
    } else {
      let hi = Math.min(tokens.length, to + c.window + c.key.length);
      for (let k = to; k < hi; k++) if (CLAUSE_BREAK.has(tokens[k].lower)) hi = k;
      if (findAt(tokens, c.key, to, hi) >= 0) consider(c.status, c.cue, c.act);
    }
  }
  // "would meet him if …", "will withdraw unless …": the condition makes the act hypothetical, but the
  // commitment made on it is a speech act all the same (an offer, or a threat).
  if (best.status === 'hypothetical' && !best.act && best.cue && CONDITIONS.has(best.cue) && pledge) return { ...best, act: pledge.act, commitment: pledge.cue };
  return best;
}

/** Index where the key's tokens start within [lo, hi), or -1. */
function findAt(tokens: Token[], key: string[], lo: number, hi: number): number {
  for (let i = lo; i + key.length <= hi; i++) if (key.every((k, j) => tokens[i + j].lower === k)) return i;
  return -1;
}
