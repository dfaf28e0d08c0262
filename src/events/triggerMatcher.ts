// Proposes event triggers in a sentence: every compiled lexicon pattern that matches its tokens, gaps
// staying inside one clause. Overlapping proposals are resolved in favour of the more specific pattern
// (more literal words), so "carried out air strikes" beats "strikes" alone.
import type { Token } from '../core/types.ts';
import type { CompiledTrigger, EventLexicon } from './eventLexicon.ts';

export interface TriggerMatch {
  trigger: CompiledTrigger;
  from: number; // token indexes
  to: number;
  head: number;
}

const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '"', '.', '!', '?', 'but', 'which', 'who', 'while', 'although', 'whereas']);

/** What the sentence's actors say about its words. */
export interface TriggerContext {
  /** Token indexes right after an actor mention ("a PKK attack", "Israeli strikes"): a noun reading is likely. */
  afterActor?: Set<number>;
  /** Token indexes right after an actor that follows a preposition or article ("against IS targets", "the PKK
   *  attacks"): the actor modifies a noun there, so a verb reading is wrong. */
  afterModifyingActor?: Set<number>;
  /** Token indexes where an actor mention starts. */
  actorStart?: Set<number>;
  /** An armed actor (a group, or a state's MIL/REB/INS role) is in the sentence: military words need no other context. */
  military?: boolean;
}

/** The context words that mark a trigger as military; an armed actor in the sentence is context enough. */
const MILITARY_MARKERS = new Set(['military', 'troops', 'forces', 'army', 'militants', 'warplanes', 'soldiers']);
const PREPOSITION_IN_GAP = new Set(['into', 'on', 'against', 'at', 'by', 'for', 'from', 'to', 'with', 'about', 'over', 'under']);
const ADJECTIVE_SLOT = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'for', 'with', 'from', 'by', 'at', 'into']);

export function matchTriggers(tokens: Token[], lexicon: EventLexicon, ctx: TriggerContext = {}): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const t of lexicon.byFirst.get(tokens[i].lower) ?? []) {
      const m = matchFrom(tokens, i, t, lexicon);
      if (!m || !requirementsMet(tokens, t, ctx)) continue;
      // After "to" and before an object, a noun-looking word is a verb: "to deal ISIL a defeat", "to strike the PKK".
      if (t.entry.kind === 'noun' && tokens[m.from - 1]?.lower === 'to' && (ctx.actorStart?.has(m.to) || DETERMINERS.has(tokens[m.to]?.lower ?? ''))) continue;
      // "a route to targets in Syria": after "to", an -s form is a plural noun, never the verb.
      if (t.entry.kind === 'verb' && m.head === m.from && tokens[m.from - 1]?.lower === 'to' && /[^s]s$/.test(tokens[m.from].lower)) continue;
      // "against IS targets": a word after an actor that itself follows a preposition is a noun.
      if (t.entry.kind === 'verb' && m.head === m.from && ctx.afterModifyingActor?.has(m.from)) continue;
      // A past participle after a preposition or article is an adjective: "food to besieged towns".
      if (t.entry.kind === 'verb' && /ed$/.test(tokens[m.head].lower) && m.head === m.from && ADJECTIVE_SLOT.has(tokens[m.from - 1]?.lower ?? '')) continue;
      found.push(m);
    }
  }
  // Most specific first; between equals, the reading the word before suggests ("the meeting" is a noun,
  // "they meeting" is not); then keep those that do not overlap a kept one.
  found.sort(
    (a, b) =>
      b.trigger.weight - a.trigger.weight || b.to - b.from - (a.to - a.from) || posFit(tokens, b, ctx) - posFit(tokens, a, ctx) || a.from - b.from,
  );
  const kept: TriggerMatch[] = [];
  for (const m of found) if (!kept.some((k) => k.from < m.to && m.from < k.to)) kept.push(m);
  return kept.sort((a, b) => a.from - b.from);
}

export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', "'s", 'recent', 'any', 'no', 'further', 'new', 'joint', 'possible']);

/**
 * 1 when the trigger's kind fits its context: a noun after a determiner, after an actor used as an adjective
 * ("a PKK attack") or opening the sentence ("Clashes between …"); a verb elsewhere.
 */
function posFit(tokens: Token[], m: TriggerMatch, ctx: TriggerContext): number {
  // "dollars of aid", "a promise of support": after "of" a word is a noun.
  const nounSlot = m.from === 0 || DETERMINERS.has(tokens[m.from - 1]?.lower ?? '') || tokens[m.from - 1]?.lower === 'of' || !!ctx.afterActor?.has(m.from);
  return (m.trigger.entry.kind === 'noun') === nounSlot ? 1 : 0;
}

function requirementsMet(tokens: Token[], t: CompiledTrigger, ctx: TriggerContext): boolean {
  const req = t.entry.requires;
  if (!req?.length) return true;
  if (ctx.military && req.some((w) => MILITARY_MARKERS.has(w))) return true;
  return req.some((w) => tokens.some((tok) => tok.lower === w));
}

function matchFrom(tokens: Token[], i: number, t: CompiledTrigger, lexicon: EventLexicon): TriggerMatch | undefined {
  const state = { headAt: -1 };
  const end = walkSteps(tokens, t, lexicon, 0, i, state);
  if (end < 0) return undefined;
  return { trigger: t, from: i, to: end, head: state.headAt < 0 ? i : state.headAt };
}

/** Matches the pattern's steps from `step` at token `pos`: the end token index, or -1. A top-level function, not a
 *  closure made per call: this runs for every token a pattern's first word matches. */
function walkSteps(tokens: Token[], t: CompiledTrigger, lexicon: EventLexicon, step: number, pos: number, state: { headAt: number }): number {
  if (step === t.steps.length) return pos;
  const s = t.steps[step];
  if ('gap' in s) {
    // The hyphens of a compound ("a day-old blockade") do not count towards the gap.
    let hyphens = 0;
    for (let g = 0; g <= s.gap + hyphens && pos + g < tokens.length; g++) {
      if (g > 0 && tokens[pos + g - 1].text === '-') hyphens++;
      // A gap holds modifiers ("carried out deadly strikes"), not another phrase ("an investigation into strikes").
      // Nor another event's verb ("has been fighting against" is not "be ... against").
      const gapTok = g > 0 ? tokens[pos + g - 1].lower : '';
      if (g > 0 && (CLAUSE_BREAK.has(gapTok) || PREPOSITION_IN_GAP.has(gapTok) || (/(ing|ed)$/.test(gapTok) && lexicon.byFirst.has(gapTok) && tokens[pos + g - 2]?.text !== '-'))) break;
      const end = walkSteps(tokens, t, lexicon, step + 1, pos + g, state);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (pos >= tokens.length || !s.forms.has(tokens[pos].lower)) return -1;
  const end = walkSteps(tokens, t, lexicon, step + 1, pos + 1, state);
  if (end >= 0 && step === t.head) state.headAt = pos;
  return end;
}
