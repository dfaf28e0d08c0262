// Events: the filters, a per-article or story-level table whose rows open to their evidence, paging, and
// an export of exactly what is filtered.
import type { Page, StoredEvent, Story } from '../api.ts';
import { apiUrl } from '../api.ts';
import { useApi } from '../useApi.ts';
import { navigate } from '../router.ts';
import { ActorOptions } from '../components/ActorOptions.tsx';
import { EventFilters, filtersFrom, type Filters } from '../components/EventFilters.tsx';
import { EventTable, toRows } from '../components/EventTable.tsx';
import { Pager } from '../components/Pager.tsx';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { plural } from '../format.ts';

const LIMIT = 50;

export function EventsView({ params }: { params: URLSearchParams }) {
  const filters = filtersFrom(params);
  const offset = Number(params.get('offset') ?? 0) || 0;
  const stories = filters.view === 'stories';
  const res = useApi<Page<StoredEvent | Story>>('/events', { ...filters, limit: LIMIT, offset });
  const apply = (f: Filters) => navigate('/events', { ...f });
  const { sort, view, ...exportable } = filters;
  const active = Object.keys(exportable).length > 0;

  return (
    <section aria-labelledby="events-title" aria-busy={res.loading}>
      <div class="view-head">
        <h1 id="events-title">Events</h1>
        <div class="segmented" role="group" aria-label="Rows">
          <button type="button" aria-pressed={!stories} onClick={() => apply({ ...filters, view: undefined })}>
            Per article
          </button>
          <button type="button" aria-pressed={stories} onClick={() => apply({ ...filters, view: 'stories' })}>
            Stories
          </button>
        </div>
        <div class="export" role="group" aria-label="Export this view">
          Export:{' '}
          {(stories ? ['jsonl', 'gdelt'] : ['csv', 'jsonl', 'gdelt', 'plover']).map((format, i) => (
            <span key={format}>
              {i > 0 && ' · '}
              <a href={apiUrl('/export', { ...exportable, format, level: stories ? 'stories' : undefined })} download>
                {format.toUpperCase()}
              </a>
            </span>
          ))}
        </div>
      </div>
      <ActorOptions />
      <EventFilters value={filters} onApply={apply} invalidField={res.error?.body.field} />
      <p class="result-line" aria-live="polite">
        {res.data && !res.loading && (
          <>
            {plural(res.data.total, stories ? 'story' : 'event', stories ? 'stories' : 'events')}
            {active ? ' match the filters' : ''}
            {stories ? ' (each real-world event once: the events several articles report merged, with their independent sources)' : ''}
          </>
        )}
      </p>
      {res.error && <ErrorState title="These filters cannot be used" message={res.error.message} />}
      {!res.data && res.loading && <Loading what="Loading events" />}
      {res.data && res.data.total === 0 && (
        <Empty title="No events match these filters">
          {active && (
            <button type="button" onClick={() => apply(view ? { view } : {})}>
              Clear the filters
            </button>
          )}
        </Empty>
      )}
      {res.data && res.data.total > 0 && (
        <>
          <EventTable rows={toRows(res.data.items)} stories={stories} caption={stories ? 'Stories' : 'Events'} />
          <Pager total={res.data.total} limit={LIMIT} offset={offset} onPage={(o) => navigate('/events', { ...filters, offset: o || undefined })} />
        </>
      )}
    </section>
  );
}
