// Proposes time expressions that refer to a named occasion (data/time/occasions.json): "the coup night",
// "the night of the failed coup", "the eve of the election", "two days after the bombing". Their value is the
// date the article gives the occasion elsewhere ("the failed July coup"), found per article by
// src/time/referenceResolver.ts; an occasion the article never dates leaves them unresolved.
import { mayMatch, type Candidate, type SentenceContext } from './candidates.ts';
import { shiftOf } from './shiftMatcher.ts';

export function occasionCandidates(ctx: SentenceContext): Candidate[] {
  const { slice, lex } = ctx;
  const out: Candidate[] = [];
  if (!lex.occasions.word.test(slice)) return out;
  for (const p of lex.occasions.patterns) {
    if (!mayMatch(ctx, p.needs)) continue;
    for (const m of slice.matchAll(p.re)) {
      const groups = m.slice(1);
      const word = groups[p.slots.indexOf('occasion')]?.toLowerCase().replace(/\s+/g, ' ');
      const key = word && lex.occasions.keyOf.get(word);
      const shift = shiftOf(p, groups, lex.shifts);
      if (!key || !shift) continue;
      const start = ctx.start + m.index!;
      out.push({ start, end: start + m[0].length, sentence: ctx.index, rule: `occasion:${key}`, priority: 3, occasion: { key, shift } });
    }
  }
  return out;
}
