// Dyad timeline: cooperation and conflict between two actors over time; a period opens to its events.
import type { Network, Page, StoredEvent, Timeline } from '../api.ts';
import { useApi } from '../useApi.ts';
import { href, navigate } from '../router.ts';
import { ActorOptions } from '../components/ActorOptions.tsx';
import { PairPicker } from '../components/PairPicker.tsx';
import { TimelineChart } from '../components/TimelineChart.tsx';
import { EventTable, toRows } from '../components/EventTable.tsx';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { plural } from '../format.ts';

export function TimelineView({ params }: { params: URLSearchParams }) {
  const dyadParam = params.get('dyad');
  const dyad = dyadParam && dyadParam.includes(':') ? (dyadParam.split(':') as [string, string]) : null;
  const interval = params.get('interval') === 'year' ? 'year' : 'month';
  const status = params.get('status') ?? undefined;
  const period = params.get('period');
  const res = useApi<Timeline>(dyad ? '/timeline' : null, { dyad: dyadParam, interval, status });
  const top = useApi<Network>(dyad ? null : '/network', { minEvents: 2 });
  const events = useApi<Page<StoredEvent>>(dyad && period ? '/events' : null, { dyad: dyadParam, since: period, until: period, status: status ?? 'occurred', limit: 200 });
  const go = (p: Record<string, string | undefined>) => navigate('/timeline', { dyad: dyadParam ?? undefined, interval: interval === 'month' ? undefined : interval, status, ...p });

  return (
    <section aria-labelledby="timeline-title">
      <div class="view-head">
        <h1 id="timeline-title">Dyad timeline{res.data && `: ${res.data.names[0]} ↔ ${res.data.names[1]}`}</h1>
      </div>
      <ActorOptions />
      <PairPicker value={dyad} onPick={(a, b) => go({ dyad: `${a}:${b}`, period: undefined })}>
        <div class="field">
          <label for="tl-interval">By</label>
          <select id="tl-interval" value={interval} onChange={(e) => go({ interval: e.currentTarget.value === 'month' ? undefined : e.currentTarget.value, period: undefined })}>
            <option value="month">month</option>
            <option value="year">year</option>
          </select>
        </div>
        <div class="field">
          <label for="tl-status">Counting</label>
          <select id="tl-status" value={status ?? ''} onChange={(e) => go({ status: e.currentTarget.value || undefined, period: undefined })}>
            <option value="">what occurred</option>
            <option value="future">future</option>
            <option value="hypothetical">hypothetical</option>
            <option value="negated">negated</option>
          </select>
        </div>
      </PairPicker>

      {!dyad && (
        <Empty title="Choose two actors">
          {top.data && top.data.edges.length > 0 && (
            <>
              <p>The pairs with most events:</p>
              <ul class="chips">
                {top.data.edges.slice(0, 12).map((e) => (
                  <li key={`${e.source}:${e.target}`}>
                    <a href={href('/timeline', { dyad: `${e.source}:${e.target}` })}>
                      {e.source} ↔ {e.target} <span class="muted">({e.events})</span>
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Empty>
      )}
      {res.error && <ErrorState message={res.error.message} />}
      {dyad && !res.data && res.loading && <Loading what="Loading the timeline" />}
      {res.data && res.data.points.length === 0 && (
        <Empty title={`No dated events between ${res.data.dyad[0]} and ${res.data.dyad[1]}`}>
          <p>
            <a href={href('/events', { dyad: dyadParam })}>Look for undated ones in the events table</a>.
          </p>
        </Empty>
      )}
      {res.data && res.data.points.length > 0 && (
        <>
          <p class="result-line">
            {plural(res.data.points.reduce((n, p) => n + p.events, 0), 'story', 'stories')} ({res.data.statuses.join(', ')}; each event once however many articles report it) in{' '}
            {plural(res.data.points.length, interval)}
            {res.data.unplaced > 0 && ` · ${plural(res.data.unplaced, 'story', 'stories')} dated less precisely not drawn`}
            {res.data.points.some((p) => p.uncounted) && ` · ${res.data.points.reduce((n, p) => n + p.uncounted, 0)} planned, speculated or denied not counted`}. Click a bar, or a period in the table, for its events.
          </p>
          <div class="timeline-grid">
            <TimelineChart points={res.data.points} interval={interval} selected={period} onSelect={(p) => go({ period: p })} />
            <table class="data compact points">
              <caption>Per {interval}</caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col" class="num">
                    Coop.
                  </th>
                  <th scope="col" class="num">
                    Conflict
                  </th>
                  <th scope="col" class="num" title="cooperation–conflict index, −1 to +1">
                    Index
                  </th>
                </tr>
              </thead>
              <tbody>
                {res.data.points.map((p) => (
                  <tr key={p.period} class={p.period === period ? 'current' : ''}>
                    <th scope="row">
                      <button type="button" class="link" aria-pressed={p.period === period} onClick={() => go({ period: p.period })}>
                        {p.period}
                      </button>
                    </th>
                    <td class="num pos">{p.cooperation}</td>
                    <td class="num neg">{p.conflict}</td>
                    <td class="num" title={`mean Goldstein ${p.goldstein ?? '—'}`}>{p.index ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {period && (
        <section aria-labelledby="period-title" class="period-events">
          <h2 id="period-title">
            Events of {period} between {dyad?.[0]} and {dyad?.[1]} ({status ?? 'occurred'})
          </h2>
          {events.error && <ErrorState message={events.error.message} />}
          {!events.data && events.loading && <Loading what="Loading events" />}
          {events.data && <EventTable rows={toRows(events.data.items)} caption={`Events of ${period}`} />}
        </section>
      )}
    </section>
  );
}
