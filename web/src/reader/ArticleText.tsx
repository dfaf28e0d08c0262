// The article text with its highlights. Each highlight is a mark; the first piece of each annotation takes
// keyboard focus, and Enter or a click selects what covers it.
import type { Kind, Segment } from './annotations.ts';

export function ArticleText({
  text,
  segs,
  shown,
  selected,
  focus,
  onPick,
}: {
  text: string;
  segs: Segment[];
  shown: Set<Kind>;
  selected: Set<string>;
  /** The sentence span of the event followed here, marked and scrolled to. */
  focus: { start: number; end: number } | null;
  onPick(seg: Segment): void;
}) {
  return (
    <div class="article-text" lang="en">
      {segs.map((s) => {
        const visible = s.anns.filter((a) => shown.has(a.kind));
        const inFocus = focus !== null && s.start >= focus.start && s.end <= focus.end;
        const piece = text.slice(s.start, s.end);
        const focusStart = focus !== null && s.start === focus.start;
        if (!visible.length) {
          if (!inFocus) return piece;
          return (
            <span key={s.start} class="focus-sentence" id={focusStart ? 'focus-sentence' : undefined} tabIndex={focusStart ? -1 : undefined}>
              {piece}
            </span>
          );
        }
        const kinds = [...new Set(visible.map((a) => a.kind))];
        const isSelected = visible.some((a) => selected.has(a.key));
        const label = visible.map((a) => a.kind).join(', ');
        return (
          <mark
            key={s.start}
            id={focusStart ? 'focus-sentence' : undefined}
            class={`hl ${kinds.map((k) => `hl-${k}`).join(' ')}${isSelected ? ' selected' : ''}${inFocus ? ' focus-sentence' : ''}`}
            tabIndex={s.opens ? 0 : -1}
            role="button"
            aria-pressed={isSelected}
            aria-label={`${piece} (${label})`}
            data-kinds={kinds.join(' ')}
            onClick={() => onPick({ ...s, anns: visible })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onPick({ ...s, anns: visible });
              }
            }}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
