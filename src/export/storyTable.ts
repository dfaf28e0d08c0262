// Stories, timelines, networks and shifts as lines for a terminal.
import type { AlignmentNetwork } from '../analysis/alignmentNetwork.ts';
import type { DyadTimeline } from '../analysis/dyadTimeline.ts';
import type { Shift, StoryBrief } from '../analysis/shiftRanker.ts';
import { sideOf, type Story } from '../analysis/story.ts';

/** +1.000, −0.333, and — for none. */
export function signed(n: number | null, digits = 3): string {
  if (n === null) return '—';
  return `${n > 0 ? '+' : n < 0 ? '−' : ' '}${Math.abs(n).toFixed(digits)}`;
}

function mark(quad: number | null): string {
  const side = sideOf(quad);
  return side === 'cooperation' ? '+' : side === 'conflict' ? '−' : '·';
}

/** One line for a story, then one per report with its evidence. */
export function storyLines(s: Story, indent = ''): string[] {
  const who = `${s.source.id} → ${s.target?.id ?? '—'}`;
  const corroboration = `${s.sources} source${s.sources === 1 ? '' : 's'}, ${s.reports.length} report${s.reports.length === 1 ? '' : 's'}`;
  const codes = Object.keys(s.cameos).length > 1 ? ` (codes ${Object.entries(s.cameos).map(([c, n]) => `${c}×${n}`).join(' ')})` : '';
  const lines = [
    `${indent}${mark(s.quad)} ${(s.date ?? '—').padEnd(10)} ${who.padEnd(18)} ${s.cameo.padEnd(4)} ${s.status.padEnd(12)} ${corroboration}${codes}${s.place ? ` @ ${s.place.name}` : ''}`,
  ];
  for (const r of s.reports) lines.push(`${indent}    ${r.id.padEnd(28)} ${r.status === s.status ? '' : `[${r.status}] `}«${r.evidence.text}»`);
  for (const c of s.conflicts) lines.push(`${indent}    ≠ ${c} (same event, another status)`);
  return lines;
}

export function timelineTable(t: DyadTimeline): string {
  const [a, b] = t.dyad;
  const names = `${t.names[a] ?? a} – ${t.names[b] ?? b}`;
  const lines = [`${a}–${b} (${names}) by ${t.by}, counting ${t.statuses.join(', ')} stories`];
  lines.push(`${'period'.padEnd(9)} ${'coop'.padStart(4)} ${'conf'.padStart(4)}   q1  q2  q3  q4  ${'goldstein'.padStart(9)} ${'mean'.padStart(7)}  ${'index'.padStart(6)}`);
  for (const p of t.points) {
    lines.push(
      `${p.period.padEnd(9)} ${String(p.cooperation).padStart(4)} ${String(p.conflict).padStart(4)}  ${[1, 2, 3, 4].map((q) => String(p.quad[q as 1 | 2 | 3 | 4]).padStart(3)).join(' ')}  ${signed(p.goldsteinSum, 1).padStart(9)} ${signed(p.goldsteinMean, 2).padStart(7)}  ${signed(p.index, 2).padStart(6)}`,
    );
    for (const s of p.stories) lines.push(...storyLines(s, '    '));
    for (const s of p.uncounted) lines.push(...storyLines(s, '    (not counted) '));
  }
  if (t.unplaced.length) {
    lines.push(`not placed in a ${t.by} (date too coarse, or none):`);
    for (const s of t.unplaced) lines.push(...storyLines(s, '    '));
  }
  if (!t.points.length && !t.unplaced.length) lines.push('no stories between them');
  lines.push(`total: ${t.total.cooperation} cooperative, ${t.total.conflict} conflictual, index ${signed(t.total.index, 2)}`);
  return `${lines.join('\n')}\n`;
}

export function networkTable(n: AlignmentNetwork): string {
  const lines = [`Alignment network ${n.from ?? 'from the start'} to ${n.to ?? 'the end'}, counting ${n.statuses.join(', ')} stories`];
  lines.push(`${n.nodes.length} actors, ${n.edges.length} edges`);
  for (const e of n.edges) {
    const against = e.against.length
      ? `  against ${e.against.map((x) => `${x.id}${x.occurred ? '' : '?'} (${x.basis.join('+')})`).join(', ')}`
      : '';
    lines.push(
      `  ${`${e.source} — ${e.target}`.padEnd(18)} ${signed(e.weight, 0).padStart(4)}  coop ${e.cooperation}, conflict ${e.conflict}${e.uncounted ? `, ${e.uncounted} not counted` : ''}${against}`,
    );
  }
  if (n.sharedEnemies.length) {
    lines.push('shared enemies:');
    for (const s of n.sharedEnemies) lines.push(`  ${s.allies.join(' & ')} against ${s.enemy}`);
  }
  lines.push(`triads: ${n.balance.triads} (${n.balance.balanced} balanced, ${n.balance.unbalanced} unbalanced)`);
  for (const t of n.triads) lines.push(`  ${t.actors.join(' ')}  ${t.pattern}  ${t.balanced ? 'balanced' : 'unbalanced'}`);
  lines.push('(? = only planned, speculated or denied; evidence = said in the sentence of their cooperation; co-mention = in a sentence naming both)');
  return `${lines.join('\n')}\n`;
}

function briefLine(b: StoryBrief, indent: string): string[] {
  return [
    `${indent}${mark(b.quad)} ${(b.date ?? '—').padEnd(10)} ${`${b.source} → ${b.target}`.padEnd(18)} ${b.cameo.padEnd(4)} ${b.sources} source${b.sources === 1 ? '' : 's'}`,
    ...b.reports.map((r) => `${indent}    ${r.id.padEnd(28)} «${r.text}»`),
  ];
}

export function shiftsTable(shifts: readonly Shift[], by: string): string {
  if (!shifts.length) return `no dyad has counted stories in two ${by}s\n`;
  const lines: string[] = [];
  for (const s of shifts) {
    lines.push(
      `${s.dyad.join('–').padEnd(12)} ${s.before.period} ${signed(s.before.index, 2)} → ${s.after.period} ${signed(s.after.index, 2)}   change ${signed(s.change, 2)}${s.gap > 1 ? `  (${s.gap} ${by}s apart)` : ''}`,
    );
    lines.push(`    ${s.change < 0 ? 'conflict' : 'cooperation'} in ${s.after.period}:`);
    for (const b of s.explain.after) lines.push(...briefLine(b, '      '));
    if (s.explain.before.length) {
      lines.push(`    ${s.change < 0 ? 'cooperation' : 'conflict'} in ${s.before.period}:`);
      for (const b of s.explain.before) lines.push(...briefLine(b, '      '));
    }
  }
  return `${lines.join('\n')}\n`;
}
