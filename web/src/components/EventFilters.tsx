// The event filters as a form bound to the URL: submitting it navigates, so every filtered view has a link.
import { useEffect, useState } from 'preact/hooks';
import { useMeta } from '../meta.ts';
import { ACTOR_LIST_ID } from './ActorOptions.tsx';

export const FILTER_KEYS = ['actor', 'dyad', 'root', 'plover', 'status', 'since', 'until', 'country', 'place', 'article', 'sort', 'view'] as const;
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export function filtersFrom(params: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f;
}

export function EventFilters({ value, onApply, invalidField }: { value: Filters; onApply(f: Filters): void; invalidField?: string | null }) {
  const meta = useMeta();
  const [draft, setDraft] = useState<Filters>(value);
  const [a, b] = (draft.dyad ?? '').split(':');
  useEffect(() => setDraft(value), [JSON.stringify(value)]);
  const set = (k: keyof Filters, v: string) => setDraft((d) => ({ ...d, [k]: v || undefined }));
  const setDyad = (x: string, y: string) => set('dyad', x || y ? `${x.trim()}:${y.trim()}` : '');
  const bad = (k: string) => (invalidField === k ? { 'aria-invalid': true as const } : {});

  return (
    <form
      class="filters"
      aria-label="Event filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <div class="field">
        <label for="f-actor">Actor</label>
        <input id="f-actor" list={ACTOR_LIST_ID} value={draft.actor ?? ''} placeholder="TUR" size={8} onInput={(e) => set('actor', e.currentTarget.value)} {...bad('actor')} />
      </div>
      <div class="field">
        <span class="label" id="f-dyad-label">
          Between
        </span>
        <span class="pair">
          <input aria-labelledby="f-dyad-label" aria-label="first actor of the pair" id="f-dyad-a" list={ACTOR_LIST_ID} value={a ?? ''} placeholder="TUR" size={6} onInput={(e) => setDyad(e.currentTarget.value, b ?? '')} {...bad('dyad')} />
          <span aria-hidden="true">↔</span>
          <input aria-label="second actor of the pair" id="f-dyad-b" list={ACTOR_LIST_ID} value={b ?? ''} placeholder="USA" size={6} onInput={(e) => setDyad(a ?? '', e.currentTarget.value)} {...bad('dyad')} />
        </span>
      </div>
      <div class="field">
        <label for="f-root">CAMEO root</label>
        <select id="f-root" value={draft.root ?? ''} onChange={(e) => set('root', e.currentTarget.value)} {...bad('root')}>
          <option value="">any</option>
          {meta?.cameo.roots.map((r) => (
            <option key={r.code} value={r.code}>
              {r.code} {r.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-plover">PLOVER</label>
        <select id="f-plover" value={draft.plover ?? ''} onChange={(e) => set('plover', e.currentTarget.value)} {...bad('plover')}>
          <option value="">any</option>
          {meta?.ploverTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-status">Status</label>
        <select id="f-status" value={draft.status ?? ''} onChange={(e) => set('status', e.currentTarget.value)} {...bad('status')}>
          <option value="">any</option>
          {(meta?.statuses ?? ['occurred', 'future', 'hypothetical', 'negated']).map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-since">From</label>
        <input id="f-since" value={draft.since ?? ''} placeholder="2015-07" size={10} pattern="\d{4}(-\d{2}(-\d{2})?)?" title="a date such as 2015, 2015-07 or 2015-07-20" onInput={(e) => set('since', e.currentTarget.value)} {...bad('since')} />
      </div>
      <div class="field">
        <label for="f-until">To</label>
        <input id="f-until" value={draft.until ?? ''} placeholder="2016-12" size={10} pattern="\d{4}(-\d{2}(-\d{2})?)?" title="a date such as 2015, 2015-07 or 2015-07-20" onInput={(e) => set('until', e.currentTarget.value)} {...bad('until')} />
      </div>
      <div class="field">
        <label for="f-place">Place</label>
        <input id="f-place" value={draft.place ?? ''} placeholder="Aleppo" size={10} onInput={(e) => set('place', e.currentTarget.value)} {...bad('place')} />
      </div>
      <div class="field">
        <label for="f-country">Country</label>
        <input id="f-country" value={draft.country ?? ''} placeholder="SYR" size={4} maxLength={3} onInput={(e) => set('country', e.currentTarget.value)} {...bad('country')} />
      </div>
      <div class="field">
        <label for="f-sort">Sort</label>
        <select id="f-sort" value={draft.sort ?? 'date'} onChange={(e) => set('sort', e.currentTarget.value === 'date' ? '' : e.currentTarget.value)}>
          <option value="date">oldest first</option>
          <option value="-date">newest first</option>
          <option value="goldstein">most hostile first</option>
          <option value="-goldstein">most cooperative first</option>
        </select>
      </div>
      <div class="field buttons">
        <button type="submit" class="primary">
          Apply
        </button>
        <button type="button" onClick={() => onApply(draft.view ? { view: draft.view } : {})}>
          Clear
        </button>
      </div>
    </form>
  );
}
