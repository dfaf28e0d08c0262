// An event's evidence as people read it: each span's sentence text with its trigger, main span first,
// for many events at once (three queries whatever their number).
import type { Evidence } from '../core/types.ts';
import { storedEvidence, type Store, type StoredEventDetail } from '../store/store.ts';
import type { EventEvidence, EvidenceView } from './types.ts';

export async function eventEvidence(store: Store, ids: string[]): Promise<EventEvidence[]> {
  const events = await store.getEvents(ids);
  const articles = new Map((await store.getArticles(events.map((e) => e.articleId))).map((a) => [a.id, a]));
  return events.flatMap((e) => {
    const a = articles.get(e.articleId);
    if (!a) return [];
    const { moreEvidence, ...event } = e;
    return [
      {
        event,
        article: { id: a.id, title: a.title, published: a.published, outlet: a.outlet, url: a.url },
        evidence: evidenceSpans(e).map((ev, i) => view(ev, i === 0, a.text)),
      },
    ];
  });
}

function evidenceSpans(e: StoredEventDetail): Evidence[] {
  return [storedEvidence(e), ...e.moreEvidence];
}

function view(ev: Evidence, main: boolean, text: string): EvidenceView {
  return { main, sentence: ev.sentence, start: ev.start, end: ev.end, trigger: ev.trigger, text: text.slice(ev.start, ev.end), rule: ev.rule };
}
