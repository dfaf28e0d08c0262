// Previous / next over a paged list, with where we are.
export function Pager({ total, limit, offset, onPage }: { total: number; limit: number; offset: number; onPage(offset: number): void }) {
  if (total <= limit && offset === 0) return null;
  const last = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span>
        {total ? offset + 1 : 0}–{last} of {total.toLocaleString('en')}
      </span>
      <button type="button" disabled={last >= total} onClick={() => onPage(offset + limit)}>
        Next →
      </button>
    </nav>
  );
}
