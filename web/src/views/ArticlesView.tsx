// Articles: search and browse what is stored; each opens in the reader.
import { useState } from 'preact/hooks';
import type { ArticleSummary, Page } from '../api.ts';
import { useApi } from '../useApi.ts';
import { href, navigate, paramsObject } from '../router.ts';
import { Pager } from '../components/Pager.tsx';
import { Empty, ErrorState, Loading } from '../components/States.tsx';

const LIMIT = 25;

export function ArticlesView({ params }: { params: URLSearchParams }) {
  const search = params.get('search') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState(search);
  const res = useApi<Page<ArticleSummary>>('/articles', { search, limit: LIMIT, offset });

  return (
    <section aria-labelledby="articles-title">
      <div class="view-head">
        <h1 id="articles-title">Articles</h1>
        <form
          class="inline-form"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            navigate('/articles', { search: draft.trim() || undefined });
          }}
        >
          <label for="article-search">Find</label>
          <input id="article-search" type="search" value={draft} placeholder="title, id or outlet" onInput={(e) => setDraft(e.currentTarget.value)} />
          <button type="submit">Search</button>
        </form>
      </div>
      {res.error && <ErrorState message={res.error.message} onRetry={res.reload} />}
      {!res.data && res.loading && <Loading what="Loading articles" />}
      {res.data && res.data.total === 0 && (
        <Empty title={search ? `No article matches “${search}”` : 'No articles stored yet'}>
          {search ? (
            <a href="#/articles">Show all articles</a>
          ) : (
            <p>
              <a href="#/ingest">Ingest</a> a file or paste an article, or run <code>npm start</code> to load the sample corpus.
            </p>
          )}
        </Empty>
      )}
      {res.data && res.data.total > 0 && (
        <>
          <table class="data articles" aria-describedby="articles-title">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Published</th>
                <th scope="col">Outlet</th>
                <th scope="col" class="num">
                  Events
                </th>
              </tr>
            </thead>
            <tbody>
              {res.data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <a href={href(`/articles/${encodeURIComponent(a.id)}`)}>{a.title ?? a.id}</a>
                    {a.title && <div class="sub">{a.id}</div>}
                  </td>
                  <td class="nowrap">{a.published ?? '—'}</td>
                  <td>{a.outlet ?? '—'}</td>
                  <td class="num">
                    {a.events ? <a href={href('/events', { article: a.id })} aria-label={`${a.events} events of ${a.title ?? a.id}`}>{a.events}</a> : 0}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager total={res.data.total} limit={LIMIT} offset={offset} onPage={(o) => navigate('/articles', { ...paramsObject(params), offset: o || undefined })} />
        </>
      )}
    </section>
  );
}
