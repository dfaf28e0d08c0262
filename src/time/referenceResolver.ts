// Resolves, per article, the time expressions counted from other ones:
// - shifts ("the next day", "two days later") from the nearest resolved time expression before them in the
//   same sentence or the two before it, else from the publication date;
// - occasions ("the coup night") from the date the article gives the occasion: a time expression right before
//   the occasion's word ("the failed July coup", "the 2016 coup") or right after it behind a preposition
//   ("a bombing in July"), the nearest such dating before the expression, else after it.
// What cannot be resolved (no reference, an undated occasion, no publication date) is dropped.
import type { DatePrecision, Sentence, Span, TimeValue } from '../core/types.ts';
import type { Candidate } from './candidates.ts';
import { addDays, addMonths, coarser, formatAt, startOf, type Anchor } from './calendar.ts';
import type { Shift, TimeLexicon } from './timeLexicon.ts';

/** A resolved time expression, and what it was counted from. */
export interface Resolved extends Candidate {
  time: TimeValue;
  anchor?: 'published' | 'text';
  reference?: Span;
}

interface Dating {
  key: string;
  /** Where the occasion's word is. */
  at: number;
  mention: Resolved;
}

const REFERENCE_SENTENCES = 2;

export function resolveReferences(text: string, sentences: Sentence[], cands: Candidate[], anchor: Anchor | undefined, lex: TimeLexicon): Resolved[] {
  const sentenceOf = (i: number) => sentences.find((s) => s.index === i)!;
  const seasonFirstMonth = (code: number) => lex.seasons.byCode.get(code)?.months[0] ?? 1;
  const own = (c: Candidate): Resolved | undefined =>
    c.time ? { ...c, time: c.time, ...(c.anchored ? { anchor: 'published' as const } : {}) } : undefined;

  // Occasions the article dates, from the expressions that resolved on their own.
  const datings: Dating[] = [];
  for (const c of cands) {
    const r = own(c);
    if (!r) continue;
    const s = sentenceOf(c.sentence);
    const after = lex.occasions.after.exec(text.slice(c.end, s.end));
    if (after) datings.push({ key: keyOf(after[1], lex)!, at: c.end + after[0].length - after[1].length, mention: r });
    const before = lex.occasions.before.exec(text.slice(s.start, c.start));
    if (before) datings.push({ key: keyOf(before[1], lex)!, at: s.start + before.index, mention: r });
  }

  const out: Resolved[] = [];
  for (const c of cands) {
    const r = own(c);
    if (r) {
      out.push(r);
      continue;
    }
    if (c.occasion) {
      const { key, shift } = c.occasion;
      const usable = datings.filter((d) => d.key === key && (d.mention.end <= c.start || d.mention.start >= c.end));
      const before = usable.filter((d) => d.at < c.start).sort((a, b) => b.at - a.at)[0];
      const dating = before ?? usable.filter((d) => d.at >= c.end).sort((a, b) => a.at - b.at)[0];
      if (!dating) continue;
      const base = dating.mention.time;
      const time = shifted(startOf(base.value, base.precision, seasonFirstMonth), base, shift);
      out.push({ ...c, time, anchor: 'text', reference: { start: dating.mention.start, end: dating.mention.end } });
    } else if (c.shift) {
      const prev = out.at(-1);
      const near = prev && c.shift.from === 'text' && c.sentence - prev.sentence <= REFERENCE_SENTENCES;
      if (near) {
        const time = shifted(startOf(prev.time.value, prev.time.precision, seasonFirstMonth), prev.time, c.shift);
        out.push({ ...c, time, anchor: 'text', reference: { start: prev.start, end: prev.end } });
      } else if (anchor) {
        const base: TimeValue = { value: formatAt(anchor.date, anchor.precision === 'season' ? 'month' : anchor.precision), precision: anchor.precision, source: 'text' };
        out.push({ ...c, time: shifted(anchor.date, base, c.shift), anchor: 'published' });
      }
    }
  }
  return out;
}

function keyOf(word: string, lex: TimeLexicon): string | undefined {
  return lex.occasions.keyOf.get(word.toLowerCase().replace(/\s+/g, ' '));
}

/** A value moved by a shift from a base date; never finer than the base value nor than the shift's unit allows. */
function shifted(from: Date, base: TimeValue, shift: Shift): TimeValue {
  const precision: DatePrecision = coarser(shift.precision, base.precision);
  if (precision === 'season' || (shift.sign === 0 && precision === base.precision)) return { value: base.value, precision: base.precision, source: 'text' };
  const t = addMonths(addDays(from, shift.sign * shift.days), shift.sign * shift.months);
  return { value: formatAt(t, precision), precision, source: 'text' };
}
