// The reader's highlights: every actor mention, place span, time expression and event trigger of an article
// as one list of annotations, and the article text cut into segments at their boundaries, each segment
// knowing which annotations cover it (they may nest or overlap).
import type { ArticleDetail, StoredDate, StoredEventDetail, StoredMention, StoredPlace } from '../api.ts';

export type Kind = 'actor' | 'place' | 'date' | 'event';

export type Annotation =
  | { key: string; kind: 'actor'; start: number; end: number; mention: StoredMention }
  | { key: string; kind: 'place'; start: number; end: number; place: StoredPlace }
  | { key: string; kind: 'date'; start: number; end: number; date: StoredDate }
  | { key: string; kind: 'event'; start: number; end: number; event: StoredEventDetail; main: boolean };

export interface Segment {
  start: number;
  end: number;
  anns: Annotation[];
  /** The segment begins one of its annotations (the place keyboard focus stops). */
  opens: boolean;
}

export function annotate(d: ArticleDetail): Annotation[] {
  const out: Annotation[] = [];
  d.mentions.forEach((m, i) => out.push({ key: `a${i}`, kind: 'actor', start: m.start, end: m.end, mention: m }));
  d.places.forEach((p, i) => p.spans.forEach((s, j) => out.push({ key: `p${i}.${j}`, kind: 'place', start: s.start, end: s.end, place: p })));
  d.dates.forEach((t, i) => out.push({ key: `d${i}`, kind: 'date', start: t.start, end: t.end, date: t }));
  for (const e of d.events) {
    out.push({ key: `e${e.id}`, kind: 'event', start: e.triggerStart, end: e.triggerEnd, event: e, main: true });
    e.moreEvidence.forEach((m, j) => out.push({ key: `e${e.id}.${j}`, kind: 'event', start: m.trigger.start, end: m.trigger.end, event: e, main: false }));
  }
  return out.filter((a) => a.end > a.start);
}

/** Cuts [0, length) at every annotation boundary (and at the extra cuts given, such as a sentence to mark). */
export function segments(length: number, anns: Annotation[], extraCuts: number[] = []): Segment[] {
  const cuts = new Set<number>([0, length, ...extraCuts.filter((c) => c >= 0 && c <= length)]);
  for (const a of anns) {
    cuts.add(Math.max(0, Math.min(length, a.start)));
    cuts.add(Math.max(0, Math.min(length, a.end)));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const starts = new Set(anns.map((a) => a.start));
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = anns.filter((a) => a.start <= start && a.end >= end);
    // Innermost first: the shortest annotation is usually what was clicked.
    covering.sort((x, y) => x.end - x.start - (y.end - y.start));
    out.push({ start, end, anns: covering, opens: covering.length > 0 && starts.has(start) });
  }
  return out;
}
