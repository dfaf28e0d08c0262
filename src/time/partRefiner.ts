// Widens a time expression over the words before it that name a part of its period (data/time/parts.json):
// "early" + "this month", "mid-" + "2015", "the end of" + "July", "late" + "last year". The value stays the
// period's; `part` says which part. Words without a part ("earlier this month") only widen the span.
import type { Candidate } from './candidates.ts';
import type { TimeLexicon } from './timeLexicon.ts';

/** Refines candidates in place; `kept` are the sentence's selected candidates, in text order. */
export function refineParts(text: string, sentenceStart: number, kept: Candidate[], lex: TimeLexicon['parts']): void {
  kept.forEach((c, i) => {
    if (!c.time || c.occasion || c.shift) return;
    const floor = i > 0 ? kept[i - 1].end : sentenceStart;
    const from = Math.max(floor, c.start - 32);
    const m = lex.before.exec(text.slice(from, c.start));
    if (!m) return;
    const part = lex.partOf.get(m[1].toLowerCase().replace(/\s+/g, ' '));
    c.start -= m[0].length;
    if (part) c.time = { ...c.time, part };
  });
}
