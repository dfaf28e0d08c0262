// The tense a time expression is told in, from the cues of data/time/tense.json nearest to it in its sentence:
// "said on Friday" is past (the last Friday), "will meet on Friday" future (the next one). Expressions that
// leave their week, month or year open are resolved with it; the rest ignore it.
import type { TimeLexicon } from './timeLexicon.ts';

export type Tense = 'past' | 'future' | 'unknown';

interface Cue {
  start: number;
  end: number;
  tense: 'past' | 'future';
}

const ED = /(?<![\p{L}\p{N}'-])\p{L}{2,}ed(?![\p{L}\p{N}])/giu;

/** The tense cues of one sentence (offsets into the sentence text). */
export function tenseCues(sentence: string, lex: TimeLexicon['tense']): Cue[] {
  const cues: Cue[] = [];
  for (const m of sentence.matchAll(lex.future)) cues.push({ start: m.index!, end: m.index! + m[0].length, tense: 'future' });
  for (const m of sentence.matchAll(lex.past)) cues.push({ start: m.index!, end: m.index! + m[0].length, tense: 'past' });
  for (const m of sentence.matchAll(ED)) {
    if (lex.notPast.has(m[0].toLowerCase())) continue;
    if (cues.some((c) => c.start <= m.index! && c.end > m.index!)) continue; // "planned", "expected": future cues
    cues.push({ start: m.index!, end: m.index! + m[0].length, tense: 'past' });
  }
  // A participle after a future cue is future: "will be held", "is expected to have met".
  return cues.filter((c) => c.tense === 'future' || !cues.some((f) => f.tense === 'future' && f.end <= c.start && AUX_GAP.test(sentence.slice(f.end, c.start))));
}

/** At most two words between a future cue and a participle, no punctuation. */
const AUX_GAP = /^(?:\s+[\p{L}']+){0,2}\s+$/u;

/** The tense of the expression at [start, end): that of the nearest cue outside it; a tie goes to the future. */
export function tenseAt(cues: Cue[], start: number, end: number): Tense {
  let best: Cue | undefined;
  let bestDistance = Infinity;
  for (const c of cues) {
    if (c.end > start && c.start < end) continue;
    const distance = c.end <= start ? start - c.end : c.start - end;
    if (distance < bestDistance || (distance === bestDistance && c.tense === 'future')) {
      best = c;
      bestDistance = distance;
    }
  }
  return best?.tense ?? 'unknown';
}
