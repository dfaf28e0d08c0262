// Proposes time expressions counted from another one (data/time/shifts.json): "the next day", "two days
// later", "the following week", "the day before", "that same day" — counted later, per article, from the
// nearest time expression before them (src/time/referenceResolver.ts); and periods of the publication date
// itself: "within the month" is this month (chrono-node reads it as a month later).
import { mayMatch, type Candidate, type SentenceContext } from './candidates.ts';
import { coarser } from './calendar.ts';
import type { Shift, ShiftPattern, TimeLexicon, TimeUnit } from './timeLexicon.ts';

/** The shift a matched pattern means: its number and unit (from the groups or the pattern's own words). */
export function shiftOf(p: ShiftPattern, groups: string[], lex: TimeLexicon['shifts']): Shift | undefined {
  let n = 1;
  let unit: TimeUnit | undefined = p.unit;
  let vague = false;
  let plural = false;
  p.slots.forEach((slot, i) => {
    const g = groups[i]?.toLowerCase().replace(/\s+/g, ' ');
    if (g === undefined) return;
    if (slot === 'n') {
      n = /^\d+$/.test(g) ? Number(g) : (lex.numberOf.get(g) ?? 1);
      vague = lex.vague.has(g);
    }
    if (slot === 'unit') {
      unit = lex.unitOf.get(g);
      plural = g.endsWith('s');
    }
  });
  if (plural && !p.slots.includes('n')) {
    // "days later": a few, known to the month at best; "years later" cannot be counted.
    if (unit?.precision === 'year') return undefined;
    n = 3;
    vague = true;
  }
  if (p.days !== undefined) return { sign: p.sign, days: p.days, months: 0, precision: 'day' };
  if (!unit) return undefined;
  const u: TimeUnit = unit;
  const precision = vague ? coarser(u.precision, 'month') : u.precision;
  return { sign: p.sign, days: (u.days ?? 0) * n, months: (u.months ?? 0) * n, precision };
}

export function shiftCandidates(ctx: SentenceContext): Candidate[] {
  const { slice, lex } = ctx;
  const out: Candidate[] = [];
  const add = (patterns: ShiftPattern[], from: 'text' | 'published', rule: string) => {
    for (const p of patterns) {
      if (!mayMatch(ctx, p.needs)) continue;
      for (const m of slice.matchAll(p.re)) {
        const shift = shiftOf(p, m.slice(1), lex.shifts);
        if (!shift) continue;
        const start = ctx.start + m.index!;
        out.push({ start, end: start + m[0].length, sentence: ctx.index, rule, priority: 2, shift: { ...shift, from } });
      }
    }
  };
  add(lex.shifts.patterns, 'text', 'shift');
  add(lex.shifts.periods, 'published', 'period');
  return out;
}
