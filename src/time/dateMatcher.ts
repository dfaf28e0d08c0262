// Finds time expressions in a sentence with chrono-node, anchored on the article's publication date, plus
// bare years chrono leaves alone ("since 2012", "in 2014"). Each value keeps the precision the text supports.
// Without a publication date, relative expressions ("on Friday", "last month") stay unresolved: only
// expressions that name their year are kept, never anchored on today.
import * as chrono from 'chrono-node';
import type { DateMention, DatePrecision } from '../core/types.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const BARE_YEAR = /\b(?:in|since|until|by|from|of|during|early|late|mid|before|after)[ -]((?:19|20)\d{2})\b/gi;

export function matchDates(text: string, start: number, end: number, sentence: number, anchor: Date | undefined): DateMention[] {
  const slice = text.slice(start, end);
  const out: DateMention[] = [];
  const ref = anchor ?? new Date(Date.UTC(2000, 0, 1));
  for (const r of chrono.parse(slice, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const c = r.start;
    if (!anchor && !c.isCertain('year')) continue;
    // Times of day alone ("4:58pm") and bare numbers are not dates of events.
    if (!c.isCertain('day') && !c.isCertain('month') && !c.isCertain('weekday') && !c.isCertain('year')) continue;
    const y = c.get('year')!;
    const m = c.get('month')!;
    const d = c.get('day')!;
    let precision: DatePrecision = 'day';
    let value = `${y}-${pad(m)}-${pad(d)}`;
    const dayKnown = c.isCertain('day') || c.isCertain('weekday') || /\b(today|yesterday|tomorrow|tonight)\b/i.test(r.text);
    if (!dayKnown) {
      precision = c.isCertain('month') || /\bmonth\b/i.test(r.text) ? 'month' : 'year';
      value = precision === 'month' ? `${y}-${pad(m)}` : String(y);
    }
    if (/\b(last|this|next) year\b/i.test(r.text)) {
      precision = 'year';
      value = String(y);
    }
    out.push({
      start: start + r.index,
      end: start + r.index + r.text.length,
      sentence,
      text: r.text,
      time: { value, precision, source: 'text' },
      rule: 'chrono',
    });
  }
  for (const m of slice.matchAll(BARE_YEAR)) {
    const s = start + m.index! + m[0].length - 4;
    if (out.some((d) => d.start <= s && d.end >= s + 4)) continue;
    out.push({ start: s, end: s + 4, sentence, text: m[1], time: { value: m[1], precision: 'year', source: 'text' }, rule: 'bare-year' });
  }
  return out.sort((a, b) => a.start - b.start);
}
