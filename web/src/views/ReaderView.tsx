// The reader: an article with its actors, places, dates and event triggers highlighted. Selecting one
// explains what it was resolved to and by which rule; ?event=ID opens at that event's sentence.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ArticleDetail } from '../api.ts';
import { useApi } from '../useApi.ts';
import { useMeta } from '../meta.ts';
import { href } from '../router.ts';
import { annotate, segments, type Annotation, type Kind } from '../reader/annotations.ts';
import { ArticleText } from '../reader/ArticleText.tsx';
import { Explain } from '../reader/Explain.tsx';
import { ErrorState, Loading } from '../components/States.tsx';
import { actorLabel, plural } from '../format.ts';

const KINDS: Array<{ kind: Kind; label: string }> = [
  { kind: 'actor', label: 'Actors' },
  { kind: 'place', label: 'Places' },
  { kind: 'date', label: 'Dates' },
  { kind: 'event', label: 'Event triggers' },
];

export function ReaderView({ id, params }: { id: string; params: URLSearchParams }) {
  const meta = useMeta();
  const res = useApi<ArticleDetail>(`/articles/${encodeURIComponent(id)}`);
  const eventId = params.get('event');
  const [shown, setShown] = useState<Set<Kind>>(new Set(['actor', 'place', 'date', 'event']));
  const [picked, setPicked] = useState<Annotation[]>([]);

  const d = res.data;
  const anns = useMemo(() => (d ? annotate(d) : []), [d]);
  const focusEvent = d && eventId ? d.events.find((e) => e.id === eventId) : undefined;
  const focus = focusEvent ? { start: focusEvent.evidenceStart, end: focusEvent.evidenceEnd } : null;
  const segs = useMemo(() => (d ? segments(d.article.text.length, anns, focus ? [focus.start, focus.end] : []) : []), [d, anns, focus?.start, focus?.end]);

  // Following an event: select it and bring its sentence into view.
  useEffect(() => {
    if (!d) return;
    if (focusEvent) {
      setPicked(anns.filter((a) => a.kind === 'event' && a.event.id === focusEvent.id && a.main));
      requestAnimationFrame(() => {
        const el = document.getElementById('focus-sentence');
        el?.scrollIntoView({ block: 'center' });
        el?.focus({ preventScroll: true });
      });
    } else setPicked([]);
  }, [d, eventId]);

  if (res.error) return <ErrorState title={res.error.status === 404 ? 'Article not found' : 'The article could not be loaded'} message={res.error.message} onRetry={res.reload} />;
  if (!d) return <Loading what="Loading the article" />;

  const selected = new Set(picked.map((a) => a.key));
  const a = d.article;
  return (
    <section class="reader" aria-labelledby="reader-title">
      <p class="crumbs">
        <a href="#/articles">← Articles</a>
      </p>
      <h1 id="reader-title">{a.title ?? a.id}</h1>
      <p class="byline">
        {a.published ?? 'undated'} · {a.outlet ?? 'unknown outlet'}
        {a.url && (
          <>
            {' '}
            · <a href={a.url} rel="noreferrer noopener" target="_blank">source</a>
          </>
        )}{' '}
        · {plural(d.events.length, 'event')} · <a href={href('/events', { article: a.id })}>in the events table</a>
      </p>
      <div class="reader-grid">
        <div>
          <fieldset class="legend">
            <legend>Highlight</legend>
            {KINDS.map((k) => (
              <label key={k.kind} class={`toggle hl-${k.kind}`}>
                <input
                  type="checkbox"
                  checked={shown.has(k.kind)}
                  onChange={(e) => {
                    const next = new Set(shown);
                    if (e.currentTarget.checked) next.add(k.kind);
                    else next.delete(k.kind);
                    setShown(next);
                  }}
                />{' '}
                {k.label}
              </label>
            ))}
          </fieldset>
          <ArticleText text={a.text} segs={segs} shown={shown} selected={selected} focus={focus} onPick={(s) => setPicked(s.anns)} />
        </div>
        <aside class="side" aria-label="Explanation">
          <div aria-live="polite">
            {picked.length ? (
              picked.map((p) => <Explain key={p.key} ann={p} text={a.text} meta={meta} />)
            ) : (
              <p class="hint">Select a highlighted word (click, or Tab to it and press Enter) to see what it was resolved to and why.</p>
            )}
          </div>
          <h2>Events in this article</h2>
          {d.events.length === 0 ? (
            <p class="hint">No event was coded in this article.</p>
          ) : (
            <ol class="event-list">
              {d.events.map((e) => (
                <li key={e.id}>
                  <a class={eventId === e.id ? 'current' : undefined} aria-current={eventId === e.id ? 'true' : undefined} href={href(`/articles/${encodeURIComponent(a.id)}`, { event: e.id })}>
                    <code>{actorLabel(e.sourceId, e.sourceRole)}</code> → <code>{actorLabel(e.targetId, e.targetRole)}</code> {e.cameo}{' '}
                    <span class={`status ${e.status}`}>{e.status}</span> «{a.text.slice(e.triggerStart, e.triggerEnd)}»
                  </a>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </section>
  );
}
