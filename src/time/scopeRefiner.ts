// Which events a time expression dates (data/time/scope.json). Its scope runs from the clause break or
// relative word before it to the clause break after it: relation words ("after", "since", "follow") and joints
// (";", "but") end it on both sides; a relative clause after it ("... rebels who have ousted ISIS") stays in it,
// a relative clause it sits in keeps it there. A scope that reaches the end of its sentence carries into the
// next sentences of the paragraph that open with a pronoun ("It has carried out …") and name no time of their
// own. An event takes the nearest time expression whose scope holds its trigger (src/events/eventCoder.ts).
import type { DateMention, Sentence, Span } from '../core/types.ts';
import type { TimeLexicon } from './timeLexicon.ts';

interface Boundaries {
  breaks: Span[];
  relatives: Span[];
}

function boundaries(text: string, s: Sentence, lex: TimeLexicon['scope']): Boundaries {
  const slice = text.slice(s.start, s.end);
  const spans = (re: RegExp) => [...slice.matchAll(re)].map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length }));
  return { breaks: spans(lex.breaks), relatives: spans(lex.relatives) };
}

function clauseScope(mention: Span, s: Sentence, b: Boundaries): Span {
  let start = s.start;
  let end = s.end;
  for (const x of [...b.breaks, ...b.relatives]) if (x.end <= mention.start) start = Math.max(start, x.end);
  for (const x of b.breaks) if (x.start >= mention.end) end = Math.min(end, x.start);
  return { start, end };
}

/** Sets every mention's scope (mentions in text order). */
export function refineScopes(text: string, sentences: Sentence[], mentions: DateMention[], lex: TimeLexicon['scope']): void {
  const bySentence = new Map<number, DateMention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const order = [...sentences].sort((a, b) => a.start - b.start);
  order.forEach((s, i) => {
    const own = bySentence.get(s.index);
    if (!own) return;
    const b = boundaries(text, s, lex);
    for (const m of own) m.scope = clauseScope(m, s, b);
    // Carry into following pronoun-led sentences of the same paragraph that have no time of their own.
    const last = own.filter((m) => m.scope!.end === s.end);
    let end = s.end;
    for (let k = i + 1; k < order.length && last.length; k++) {
      const next = order[k];
      if (bySentence.has(next.index) || /\n\s*\n/.test(text.slice(end, next.start)) || !lex.continuation.test(text.slice(next.start, next.end))) break;
      end = next.end;
    }
    for (const m of last) m.scope = { start: m.scope!.start, end };
  });
}
