// Events as a table (per article, or merged into stories); each row expands to its evidence sentences.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { StoredEvent, Story } from '../api.ts';
import { useMeta, cameoName } from '../meta.ts';
import { goldsteinText, plural, sourceLabel, targetLabel } from '../format.ts';
import { href } from '../router.ts';
import { EvidenceList } from './EvidenceList.tsx';

type Row = { key: string; event: StoredEvent; ids: string[]; articles: number; sources: number; statuses: string[] };

export function toRows(items: Array<StoredEvent | Story>): Row[] {
  return items.map((it) =>
    'eventIds' in it
      ? { key: it.key, event: it.event, ids: it.eventIds, articles: it.articleIds.length, sources: it.sources, statuses: it.statuses }
      : { key: it.id, event: it, ids: [it.id], articles: 1, sources: 1, statuses: [it.status] },
  );
}

export function EventTable({ rows, stories = false, caption }: { rows: Row[]; stories?: boolean; caption: string }) {
  const meta = useMeta();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (key: string) => {
    const next = new Set(open);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpen(next);
  };
  return (
    <table class="data events">
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span class="sr-only">Evidence</span>
          </th>
          <th scope="col">Date</th>
          <th scope="col">Source</th>
          <th scope="col">Target</th>
          <th scope="col">CAMEO</th>
          <th scope="col">PLOVER</th>
          <th scope="col" class="num">
            Goldstein
          </th>
          <th scope="col">Status</th>
          <th scope="col">{stories ? 'Reports' : 'Trigger · article'}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const e = r.event;
          const isOpen = open.has(r.key);
          const panel = `ev-${r.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
          return (
            <Fragment key={r.key}>
              <tr class={isOpen ? 'open' : ''}>
                <td>
                  <button
                    type="button"
                    class="expander"
                    aria-expanded={isOpen}
                    aria-controls={panel}
                    aria-label={`${isOpen ? 'Hide' : 'Show'} evidence for ${e.sourceId} ${e.cameo} ${e.targetId ?? ''} ${e.date ?? ''}`}
                    onClick={() => toggle(r.key)}
                  >
                    {isOpen ? '▾' : '▸'}
                  </button>
                </td>
                <td class="nowrap">{e.date ?? <span class="muted">undated</span>}</td>
                <td title={e.sourceName}>
                  <code>{sourceLabel(e)}</code>
                </td>
                <td title={e.targetName ?? ''}>
                  <code>{targetLabel(e)}</code>
                </td>
                <td title={cameoName(meta, e.cameo)}>
                  <code>{e.cameo}</code> <span class="cameo-name">{cameoName(meta, e.cameo)}</span>
                </td>
                <td>{e.ploverType ?? '—'}</td>
                <td class={`num ${e.goldstein === null ? '' : e.goldstein < 0 ? 'neg' : 'pos'}`}>{goldsteinText(e.goldstein)}</td>
                <td>
                  {r.statuses.map((s) => (
                    <span key={s} class={`status ${s}`}>
                      {s}
                    </span>
                  ))}
                </td>
                <td>
                  {stories ? (
                    `${plural(r.articles, 'article')} · ${plural(r.sources, 'source')}`
                  ) : (
                    <>
                      «{e.evidenceText.length > 60 ? `${e.evidenceText.slice(0, 57)}…` : e.evidenceText}» ·{' '}
                      <a href={href(`/articles/${encodeURIComponent(e.articleId)}`, { event: e.id })}>{e.articleId}</a>
                    </>
                  )}
                </td>
              </tr>
              {isOpen && (
                <tr class="evidence-row" id={panel}>
                  <td />
                  <td colSpan={8}>
                    <EvidenceList ids={r.ids} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
