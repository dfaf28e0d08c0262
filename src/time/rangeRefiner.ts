// Joins two time expressions written as a range into one (data/time/ranges.json): "between March and May",
// "from July 20 until August 3". The range takes the first as its value (its start) and the second's value as
// `end`; the span covers both. Years written as one range ("2012-14") come whole from the year matcher.
import type { Candidate } from './candidates.ts';
import type { TimeLexicon } from './timeLexicon.ts';

/** Returns the sentence's candidates (in text order) with ranges joined. */
export function joinRanges(text: string, sentenceStart: number, kept: Candidate[], lex: TimeLexicon['ranges']): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i];
    const b = kept[i + 1];
    if (a.time && b?.time && a.time.precision === b.time.precision && !a.time.end && !b.time.end) {
      const before = text.slice(Math.max(sentenceStart, a.start - 16), a.start);
      const between = text.slice(a.end, b.start);
      if (lex.some((r) => r.opener.test(before) && r.joiner.test(between))) {
        out.push({ ...a, end: b.end, rule: `${a.rule}+range`, time: { ...a.time, end: b.time.value } });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
