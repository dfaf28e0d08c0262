// The shell: a header with the views, a skip link, and the view the URL names.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Meta } from './api.ts';
import { useApi } from './useApi.ts';
import { MetaContext } from './meta.ts';
import { useLocation } from './router.ts';
import { ErrorState } from './components/States.tsx';
import { ArticlesView } from './views/ArticlesView.tsx';
import { ReaderView } from './views/ReaderView.tsx';
import { EventsView } from './views/EventsView.tsx';
import { TimelineView } from './views/TimelineView.tsx';
import { NetworkView } from './views/NetworkView.tsx';
import { MapView } from './views/MapView.tsx';
import { IngestView } from './views/IngestView.tsx';
import { plural } from './format.ts';

const VIEWS: Array<{ path: string; label: string }> = [
  { path: '/articles', label: 'Articles' },
  { path: '/events', label: 'Events' },
  { path: '/timeline', label: 'Timeline' },
  { path: '/network', label: 'Network' },
  { path: '/map', label: 'Map' },
  { path: '/ingest', label: 'Ingest' },
];

export function App() {
  const loc = useLocation();
  const meta = useApi<Meta>('/meta');
  const section = `/${loc.path.split('/')[1] ?? ''}`;
  const main = useRef<HTMLElement>(null);
  const title = VIEWS.find((v) => v.path === section)?.label ?? 'Entente';
  useEffect(() => {
    document.title = `${title} · Entente`;
  }, [title]);

  let view: ComponentChildren;
  if (section === '/articles' && loc.path.split('/')[2]) view = <ReaderView id={decodeURIComponent(loc.path.split('/').slice(2).join('/'))} params={loc.params} />;
  else if (section === '/articles') view = <ArticlesView params={loc.params} />;
  else if (section === '/events') view = <EventsView params={loc.params} />;
  else if (section === '/timeline') view = <TimelineView params={loc.params} />;
  else if (section === '/network') view = <NetworkView params={loc.params} />;
  else if (section === '/map') view = <MapView params={loc.params} />;
  else if (section === '/ingest') view = <IngestView onStored={meta.reload} />;
  else view = <ErrorState title="No such page" message={`There is no view at ${loc.path}.`} />;

  return (
    <MetaContext.Provider value={meta.data}>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/articles" aria-label="Entente: home">
          <span class="logo" aria-hidden="true" />
          Entente
        </a>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.path}>
                <a href={`#${v.path}`} aria-current={section === v.path ? 'page' : undefined}>
                  {v.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p class="counts" aria-live="polite">
          {meta.data ? `${plural(meta.data.articles, 'article')} · ${plural(meta.data.events, 'event')}` : meta.error ? 'server unreachable' : ''}
        </p>
      </header>
      {meta.error && <ErrorState title="The server did not answer" message={meta.error.message} onRetry={meta.reload} />}
      <main id="main" ref={main} tabIndex={-1}>
        {view}
      </main>
    </MetaContext.Provider>
  );
}
