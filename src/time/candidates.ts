// What the time matchers propose, and how overlapping proposals are decided: the longest span wins, and on a
// tie our own parsers (priority 2, 3) beat chrono-node (1), which they exist to correct.
import type { ParsedResult } from 'chrono-node';
import type { Span, TimeValue } from '../core/types.ts';
import type { Shift, TimeLexicon } from './timeLexicon.ts';
import type { Anchor } from './calendar.ts';
import type { Tense } from './tenseResolver.ts';

export interface Candidate extends Span {
  sentence: number;
  rule: string;
  priority: number;
  /** The value, when the matcher could resolve it on its own. */
  time?: TimeValue;
  /** The value was counted from the publication date. */
  anchored?: boolean;
  /** Counted from the nearest time expression before it ("the next day"), or from the publication date ('published'). */
  shift?: Shift & { from: 'text' | 'published' };
  /** Counted from the date the article gives a named occasion ("the coup night"). */
  occasion?: { key: string; shift: Shift };
}

/** Keeps the longest candidates that do not overlap, in text order. */
export function selectCandidates(cands: Candidate[]): Candidate[] {
  const order = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of order) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** What every sentence-level matcher reads. Offsets of `tense` and of candidates are into the article text. */
export interface SentenceContext {
  text: string;
  start: number;
  end: number;
  index: number;
  /** The sentence's text (text.slice(start, end)), and lowercased for cheap tests before regexes. */
  slice: string;
  lower: string;
  /** The publication date relative expressions count from; none: they stay unresolved. */
  anchor?: Anchor;
  tense: (start: number, end: number) => Tense;
  lex: TimeLexicon;
  /** chrono-node's results in this sentence (index into the sentence). */
  chrono: ParsedResult[];
}

/** Whether a sentence can match a template: it holds every literal word the template needs. */
export function mayMatch(ctx: SentenceContext, needs: string[]): boolean {
  return needs.every((w) => ctx.lower.includes(w));
}
