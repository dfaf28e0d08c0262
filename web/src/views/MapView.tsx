// Map: where the filtered events happened, clustered on an offline world map; a place opens to its events.
import { useState } from 'preact/hooks';
import type { Page, PlaceSummary, StoredEvent } from '../api.ts';
import { useApi } from '../useApi.ts';
import { navigate, paramsObject } from '../router.ts';
import { WorldMap } from '../map/WorldMap.tsx';
import type { Cluster } from '../map/cluster.ts';
import { EventTable, toRows } from '../components/EventTable.tsx';
import { ActorOptions, ACTOR_LIST_ID } from '../components/ActorOptions.tsx';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { plural } from '../format.ts';

export function MapView({ params }: { params: URLSearchParams }) {
  const f = { actor: params.get('actor') ?? undefined, status: params.get('status') ?? undefined, since: params.get('since') ?? undefined, until: params.get('until') ?? undefined };
  const placeName = params.get('place');
  const focusName = params.get('focus');
  const res = useApi<{ items: PlaceSummary[] }>('/places', f);
  const places = res.data?.items ?? [];
  const place = places.find((p) => p.name === placeName) ?? null;
  const focus = places.find((p) => p.name === (focusName ?? placeName)) ?? null;
  const events = useApi<Page<StoredEvent>>(place ? '/events' : null, { ...f, place: place?.name, country: place?.country ?? undefined, limit: 100 });
  const [cluster, setCluster] = useState<Cluster | null>(null);
  const [draft, setDraft] = useState(f);
  const go = (p: Record<string, string | undefined>) => navigate('/map', { ...paramsObject(params), ...p }, true);

  return (
    <section aria-labelledby="map-title">
      <div class="view-head">
        <h1 id="map-title">Map</h1>
        <p class="muted">{res.data && `${plural(places.length, 'place')} · ${plural(places.reduce((n, p) => n + p.events, 0), 'event')} with a place`}</p>
      </div>
      <ActorOptions />
      <form
        class="filters"
        aria-label="Map filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate('/map', { ...draft });
        }}
      >
        <div class="field">
          <label for="m-actor">Actor</label>
          <input id="m-actor" list={ACTOR_LIST_ID} size={8} value={draft.actor ?? ''} onInput={(e) => setDraft({ ...draft, actor: e.currentTarget.value || undefined })} />
        </div>
        <div class="field">
          <label for="m-status">Status</label>
          <select id="m-status" value={draft.status ?? ''} onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value || undefined })}>
            <option value="">any</option>
            <option value="occurred">occurred</option>
            <option value="future">future</option>
            <option value="hypothetical">hypothetical</option>
            <option value="negated">negated</option>
          </select>
        </div>
        <div class="field">
          <label for="m-since">From</label>
          <input id="m-since" size={10} placeholder="2015" value={draft.since ?? ''} onInput={(e) => setDraft({ ...draft, since: e.currentTarget.value || undefined })} />
        </div>
        <div class="field">
          <label for="m-until">To</label>
          <input id="m-until" size={10} placeholder="2019" value={draft.until ?? ''} onInput={(e) => setDraft({ ...draft, until: e.currentTarget.value || undefined })} />
        </div>
        <div class="field buttons">
          <button type="submit" class="primary">
            Apply
          </button>
        </div>
      </form>
      {res.error && <ErrorState title="These filters cannot be used" message={res.error.message} />}
      {!res.data && res.loading && <Loading what="Loading places" />}
      {res.data && (
        <div class="map-grid">
          <div>
            <WorldMap
              places={places}
              selected={place?.name ?? null}
              focus={focus}
              onSelect={(p, c) => {
                setCluster(c ?? null);
                if (p) go({ place: p.name, focus: undefined });
              }}
            />
            <ul class="legend-line" aria-label="Legend">
              <li>
                <span class="dot" style={{ background: '#2b6cb0' }} /> no conflict events
              </li>
              <li>
                <span class="dot" style={{ background: '#d69e2e' }} /> some conflict
              </li>
              <li>
                <span class="dot" style={{ background: '#c53030' }} /> mostly conflict
              </li>
              <li>circle size: events; number: events</li>
            </ul>
          </div>
          <aside class="side" aria-label="Places">
            {places.length === 0 ? (
              <Empty title="No event with a place matches">Events whose place is unknown are not on the map.</Empty>
            ) : (
              <>
                <h2>{cluster ? `${plural(cluster.places.length, 'place')} here` : 'Places'}</h2>
                <ol class="place-list">
                  {(cluster?.places ?? places).slice(0, 40).map((p) => (
                    <li key={`${p.name}|${p.country}`}>
                      <button type="button" class={p.name === place?.name ? 'link current' : 'link'} aria-pressed={p.name === place?.name} onClick={() => go({ place: p.name, focus: undefined })}>
                        {p.name}
                        {p.country && <span class="muted"> {p.country}</span>}
                      </button>{' '}
                      <span class="muted">{p.events}</span>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </aside>
        </div>
      )}
      {place && (
        <section aria-labelledby="place-title" class="period-events">
          <h2 id="place-title">
            Events at {place.name}
            {place.country && ` (${place.country})`}
          </h2>
          {events.error && <ErrorState message={events.error.message} />}
          {!events.data && events.loading && <Loading what="Loading events" />}
          {events.data && <EventTable rows={toRows(events.data.items)} caption={`Events at ${place.name}`} />}
        </section>
      )}
    </section>
  );
}
