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

export function matchTriggers(tokens: Token[], lexicon: EventLexicon): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const t of lexicon.byFirst.get(tokens[i].lower) ?? []) {
      const m = matchFrom(tokens, i, t);
      if (m && requirementsMet(tokens, t)) found.push(m);
    }
  }
  // Most specific first; between equals, the reading the word before suggests ("the meeting" is a noun,
  // "they meeting" is not); then keep those that do not overlap a kept one.
  found.sort(
    (a, b) =>
      b.trigger.weight - a.trigger.weight || b.to - b.from - (a.to - a.from) || posFit(tokens, b) - posFit(tokens, a) || a.from - b.from,
  );
  const kept: TriggerMatch[] = [];
  for (const m of found) if (!kept.some((k) => k.from < m.to && m.from < k.to)) kept.push(m);
  return kept.sort((a, b) => a.from - b.from);
}

export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', "'s", 'recent', 'any', 'no', 'further', 'new', 'joint', 'possible']);

/** 1 when the trigger's kind fits its context: a noun after a determiner, a verb elsewhere. */
function posFit(tokens: Token[], m: TriggerMatch): number {
  const det = DETERMINERS.has(tokens[m.from - 1]?.lower ?? '');
  return (m.trigger.entry.kind === 'noun') === det ? 1 : 0;
}

function requirementsMet(tokens: Token[], t: CompiledTrigger): boolean {
  const req = t.entry.requires;
  if (!req?.length) return true;
  return req.some((w) => tokens.some((tok) => tok.lower === w));
}

function matchFrom(tokens: Token[], i: number, t: CompiledTrigger): TriggerMatch | undefined {
  let headAt = -1;
  const walk = (step: number, pos: number): number => {
    if (step === t.steps.length) return pos;
    const s = t.steps[step];
    if ('gap' in s) {
      for (let g = 0; g <= s.gap && pos + g < tokens.length; g++) {
        if (g > 0 && CLAUSE_BREAK.has(tokens[pos + g - 1].lower)) break;
        const end = walk(step + 1, pos + g);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (pos >= tokens.length || !s.forms.has(tokens[pos].lower)) return -1;
    const end = walk(step + 1, pos + 1);
    if (end >= 0 && step === t.head) headAt = pos;
    return end;
  };
  const end = walk(0, i);
  if (end < 0) return undefined;
  return { trigger: t, from: i, to: end, head: headAt < 0 ? i : headAt };
}
