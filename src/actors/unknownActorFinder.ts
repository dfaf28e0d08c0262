// Finds names that act in events but match nothing in the catalogue, so a user can add them: capitalised noun
// phrases right before an event trigger (its subject) or right after it (its object), in the same clause, that
// no actor mention, place or date covers ("Hamas fighters clashed with the Jaish al-Fatah", "the Sinjar
// Resistance Units attacked"). A sentence-opening single word counts only as an acronym ("YBS attacked …").
import type { Span, Token } from '../core/types.ts';
import type { ActorCatalogue } from './actorCatalogue.ts';
import { isCapitalised } from '../core/text.ts';

export interface UnknownName {
  name: string;
  /** Token range in the sentence. */
  from: number;
  to: number;
  position: 'subject' | 'object';
}

const JOINERS = new Set(['of', 'al', 'bin', 'ibn', 'el', 'de', 'for', 'and', 'the', '-', "'s", "'"]);
const CLAUSE = new Set([',', ';', ':', '(', ')', '"', '.', '!', '?', 'but', 'which', 'who', 'while', 'that', 'after', 'before', 'when']);
const REACH = 4;

/** Runs of capitalised words (joined by "of", "al-", "and the" …) that nothing else in the sentence covers. */
function capitalisedRuns(tokens: Token[], covered: (t: Token) => boolean, c: ActorCatalogue): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  // A word of a name: capitalised, two letters or more, not a model designation ("F-16", "S-400").
  const word = (t: Token | undefined, k = -1) =>
    !!t && isCapitalised(t.text) && /^\p{L}{2}/u.test(t.text) && !covered(t) && !c.cues.notNameWords.has(t.lower) && !(tokens[k + 1]?.text === '-' && /^\d/.test(tokens[k + 2]?.text ?? ''));
  const firstWord = tokens.findIndex((t) => /^\p{L}/u.test(t.text));
  for (let i = 0; i < tokens.length; i++) {
    if (!word(tokens[i], i)) continue;
    let j = i + 1;
    for (;;) {
      if (word(tokens[j], j)) j++;
      else if (JOINERS.has(tokens[j]?.lower ?? '') && (word(tokens[j + 1], j + 1) || (JOINERS.has(tokens[j + 1]?.lower ?? '') && word(tokens[j + 2], j + 2)))) j += word(tokens[j + 1], j + 1) ? 2 : 3;
      else break;
    }
    // "in New York", "near Tell Abyad": a place, not an actor.
    if (c.cues.locative.prepositions.endingAt(tokens, tokens[i - 1]?.lower === 'the' ? i - 1 : i)) {
      i = j - 1;
      continue;
    }
    // "Fighters of the Zebra Front", "Officials of …": a role word opening the run is no part of the name.
    let from = i;
    while (from < j && (c.roleNouns.matchesAt(tokens, from).some((m) => m.to === from + 1) || c.titles.matchesAt(tokens, from).some((m) => m.to === from + 1))) {
      from++;
      while (from < j && JOINERS.has(tokens[from].lower)) from++;
    }
    if (from > i) {
      if (from < j) out.push({ from, to: j });
      i = j - 1;
      continue;
    }
    const acronym = j - i === 1 && /^\p{Lu}{2,}$/u.test(tokens[i].text);
    const titleOnly = c.titles.matchesAt(tokens, i).some((m) => m.to >= j) || c.roleNouns.matchesAt(tokens, i).some((m) => m.to >= j);
    if ((i > firstWord || j - i > 1 || acronym) && !titleOnly) out.push({ from: i, to: j });
    i = j - 1;
  }
  return out;
}

/**
 * Unknown names next to the triggers of one sentence. `covered` spans are the sentence's actor mentions, places
 * and dates; `triggers` are token ranges of event triggers.
 */
export function findUnknownNames(tokens: Token[], covered: Span[], triggers: Array<{ from: number; to: number }>, c: ActorCatalogue): UnknownName[] {
  const isCovered = (t: Token) => covered.some((s) => s.start < t.end && t.start < s.end);
  const runs = capitalisedRuns(tokens, isCovered, c);
  const out: UnknownName[] = [];
  const clauseBetween = (a: number, b: number) => tokens.slice(a, b).some((t) => CLAUSE.has(t.lower));
  for (const t of triggers) {
    const subject = [...runs].reverse().find((r) => r.to <= t.from && t.from - r.to <= REACH && !clauseBetween(r.to, t.from));
    const object = runs.find((r) => r.from >= t.to && r.from - t.to <= REACH && !clauseBetween(t.to, r.from));
    for (const [r, position] of [[subject, 'subject'], [object, 'object']] as const) {
      if (!r || out.some((o) => o.from === r.from)) continue;
      const name = tokens.slice(r.from, r.to).map((x, k) => (k > 0 && x.start > tokens[r.from + k - 1].end ? ' ' : '') + x.text).join('');
      out.push({ name, from: r.from, to: r.to, position });
    }
  }
  return out;
}
