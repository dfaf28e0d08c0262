// Proposes the time expressions chrono-node finds in a sentence, counted from the publication anchor, and
// corrects what it gets wrong for news: the year of "July 20" and the week of "on Friday" follow the tense
// (chrono takes the nearest), relative values are never finer than the anchor, and what is not a date in
// news text is dropped: times of day alone ("4:58pm"), slash numbers without a year ("24/7", "9/11"),
// durations ("for 30 years", "the first in several years"), spans counted from an undated event ("four days
// after a bombing"), month names used as words ("to march on"), weekday abbreviations ("the Sun").
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { DatePrecision, Sentence } from '../core/types.ts';
import { formatAt, utc, type Anchor } from './calendar.ts';
import { anchoredPrecision, weekdayDate, yearFor } from './anchorResolver.ts';
import type { Candidate, SentenceContext } from './candidates.ts';

// "end of last month" is the month, late, not its last day: the part refiner says so instead.
const parser = chrono.en.casual.clone();
parser.refiners = parser.refiners.filter((r) => r.constructor.name !== 'ENEndOfPeriodRefiner');

const WRITTEN_YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)|'\d\d\b/;
const YEARLESS_NUMERIC = /^\d{1,2}[/.]\d{1,2}$/;

/**
 * chrono-node's results for each sentence (index into the sentence). The article is parsed once, which is cheaper
 * than sentence by sentence; a sentence a result runs out of is parsed again on its own.
 */
export function chronoBySentence(text: string, sentences: Sentence[], anchor: Anchor | undefined): Map<number, ParsedResult[]> {
  const options = { instant: anchor?.date ?? utc(2000, 1, 1), timezone: 0 };
  const out = new Map<number, ParsedResult[]>(sentences.map((s) => [s.index, []]));
  const crossed = new Set<Sentence>();
  const results = parser.parse(text, options, { forwardDate: false });
  sentences = [...sentences].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const r of results) {
    const end = r.index + r.text.length;
    while (k < sentences.length && sentences[k].end <= r.index) k++;
    const s = sentences[k];
    if (!s) break;
    if (r.index >= s.start && end <= s.end) out.get(s.index)!.push(Object.assign(r, { index: r.index - s.start }));
    else for (const t of sentences) if (t.start < end && r.index < t.end) crossed.add(t);
  }
  for (const s of crossed) out.set(s.index, parser.parse(text.slice(s.start, s.end), options, { forwardDate: false }));
  return out;
}

export function chronoCandidates(ctx: SentenceContext): Candidate[] {
  const { slice, anchor, lex } = ctx;
  const out: Candidate[] = [];
  for (const r of ctx.chrono) {
    const c = r.start;
    // chrono keeps a trailing comma ("July,") and a number before "on" ("killed 12 on Friday").
    const lead = /^\d{1,2}\s+(?=on\s)/.exec(r.text)?.[0] ?? '';
    const text = r.text.slice(lead.length).replace(/[\s,;:]+$/, '');
    const start = ctx.start + r.index + lead.length;
    const end = start + text.length;
    const week = lex.filters.week.test(text);
    const day = c.isCertain('day');
    const weekday = c.isCertain('weekday') && !day;
    const casual = lex.filters.casualDay.test(text);
    if (!day && !c.isCertain('month') && !c.isCertain('weekday') && !c.isCertain('year') && !week && !casual) continue; // a time of day
    if (lex.filters.yearlessNumeric && YEARLESS_NUMERIC.test(text.trim())) continue;
    if (lex.filters.duration.test(slice.slice(Math.max(0, r.index - 20), r.index) + text)) continue;
    if (lex.filters.relationEnd.test(text)) continue; // "four days after a bombing": from the bombing, not today
    if (lex.filters.futureOpener.test(text) && ctx.tense(start, end) === 'past') continue; // "the first in several years"
    const words = text.match(/\p{L}+/gu) ?? [];
    if (c.isCertain('month') && !day && words.some((w) => w === w.toLowerCase() && lex.filters.ambiguousMonths.has(w))) continue;
    if (weekday && !week && !lex.filters.weekdays.some((w) => text.toLowerCase().includes(w))) continue;

    const absolute = c.isCertain('year') && WRITTEN_YEAR.test(text);
    if (!absolute && !anchor) continue; // relative, and nothing to count from: unresolved
    const natural: DatePrecision = week ? 'month' : day || weekday || casual ? 'day' : c.isCertain('month') ? 'month' : 'year';
    let y = c.get('year')!;
    let m = c.get('month')!;
    let d = c.get('day')!;
    let precision: DatePrecision = natural;
    let rule = 'chrono';
    if (!absolute && anchor) {
      const yearOpen = c.isCertain('month') && !c.isCertain('year');
      if (yearOpen) {
        // "July 20", "in August": only the year comes from the anchor, by tense.
        const tense = ctx.tense(start, end);
        y = yearFor(m, day ? d : undefined, anchor, tense);
        if (tense !== 'unknown') rule = `chrono+${tense}`;
      } else {
        if (weekday && !week && !lex.filters.weekdayModifier.test(text)) {
          const tense = ctx.tense(start, end);
          const t = weekdayDate(c.get('weekday')!, anchor, tense);
          [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
          if (tense !== 'unknown') rule = `chrono+${tense}`;
        }
        const unit = natural === 'year' ? 'year' : natural === 'month' && !week ? 'month' : 'day';
        const capped = anchoredPrecision(natural, unit, anchor);
        if (!capped) continue;
        precision = capped;
      }
    }
    const at = precision === 'season' ? 'month' : precision;
    const value = formatAt(utc(y, m, d), at);
    // A range ("from July 20 until August 3", "March to May"): the start is the value, the end kept beside it.
    let last: string | undefined;
    if (r.end && at !== 'year') {
      const e = r.end;
      const endMonth = e.get('month')!;
      const endDay = e.isCertain('day') ? e.get('day')! : d;
      const endYear = e.isCertain('year') ? e.get('year')! : y + (endMonth < m || (endMonth === m && endDay < d) ? 1 : 0);
      last = formatAt(utc(endYear, endMonth, endDay), at);
      if (last <= value) last = undefined;
    }
    out.push({
      start,
      end,
      sentence: ctx.index,
      rule,
      priority: 1,
      time: { value, precision, source: 'text', ...(last ? { end: last } : {}) },
      ...(absolute ? {} : { anchored: true }),
    });
  }
  return out;
}
