// Human-readable summaries for the terminal.
import type { ArticleResult } from '../core/types.ts';

const actorLabel = (a: { id: string; role?: string } | null) => (a ? `${a.id}${a.role ? `/${a.role}` : ''}` : '—');

export function formatArticleTable(r: ArticleResult): string {
  const lines = [`■ ${r.id}${r.published ? `  (${r.published})` : ''}${r.title ? `  ${r.title}` : ''}`];
  const actors = r.actors.filter((a) => a.type !== 'person').map((a) => actorLabel(a));
  const people = r.actors.filter((a) => a.type === 'person').map((a) => `${a.name}${a.affiliation ? ` (${actorLabel(a.affiliation)})` : ''}`);
  lines.push(`  sentences ${r.sentences.length} · actors ${actors.join(' ') || '—'}`);
  if (people.length) lines.push(`  people  ${people.join('; ')}`);
  if (r.places.length) lines.push(`  places  ${r.places.map((p) => `${p.name} (${p.country ?? '?'})`).join('; ')}`);
  lines.push(`  events  ${r.events.length}`);
  for (const e of r.events) {
    lines.push(
      `    ${actorLabel(e.source).padEnd(10)} → ${actorLabel(e.target).padEnd(10)} ${e.cameo.padEnd(4)} ${e.status.padEnd(12)} ${(e.date ?? '').padEnd(10)} «${e.evidence.text}»`,
    );
  }
  return lines.join('\n');
}
