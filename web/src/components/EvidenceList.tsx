// The evidence sentences of one or more events, each trigger marked, each a link to its place in the article.
import type { EventEvidence } from '../api.ts';
import { useApi } from '../useApi.ts';
import { href } from '../router.ts';
import { ErrorState, Loading } from './States.tsx';

export function EvidenceList({ ids }: { ids: string[] }) {
  const res = useApi<{ items: EventEvidence[] }>('/evidence', { ids: ids.join(',') });
  if (res.error) return <ErrorState message={res.error.message} onRetry={res.reload} />;
  if (!res.data) return <Loading what="Loading evidence" />;
  return (
    <ul class="evidence">
      {res.data.items.map((item) =>
        item.evidence.map((ev, i) => {
          const rel = { start: ev.trigger.start - ev.start, end: ev.trigger.end - ev.start };
          return (
            <li key={`${item.event.id}-${i}`} class={ev.main ? 'main' : 'more'}>
              <blockquote>
                {ev.text.slice(0, rel.start)}
                <mark class="trigger">{ev.text.slice(rel.start, rel.end)}</mark>
                {ev.text.slice(rel.end)}
              </blockquote>
              <p class="evidence-meta">
                {ev.main ? '' : 'further evidence · '}
                <a href={href(`/articles/${encodeURIComponent(item.article.id)}`, { event: item.event.id })}>
                  {item.article.title ?? item.article.id}
                </a>{' '}
                ({item.article.published ?? 'undated'}
                {item.article.outlet && `, ${item.article.outlet}`}) · sentence {ev.sentence + 1} · rule <code class="rule">{ev.rule}</code>
              </p>
            </li>
          );
        }),
      )}
    </ul>
  );
}
