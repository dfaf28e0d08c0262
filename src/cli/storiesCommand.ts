// `entente stories [filters] [--min-sources N] [--format table|jsonl]`: the story-level events — each
// real-world event once, with the articles that report it and its count of independent sources.
import { compareText } from '../analysis/reportMerger.ts';
import type { Story } from '../analysis/story.ts';
import { selectStories, type StoryFilter } from '../analysis/storySelection.ts';
import { isClosedPipe } from '../export/output.ts';
import { LineWriter } from '../export/lineWriter.ts';
import { storyLines } from '../export/storyTable.ts';
import { openStore } from '../store/openStore.ts';
import { dyadOption, oneOf, parse, positiveInt, rootOption, UsageError } from './args.ts';
import { statusList } from './dyadCommand.ts';
import { period } from './networkCommand.ts';

export async function storiesCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    actor: { type: 'string' },
    dyad: { type: 'string' },
    source: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    root: { type: 'string' },
    status: { type: 'string' },
    'min-sources': { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = oneOf('format', values.format, ['table', 'jsonl'] as const, 'table');
  const filter = storyFilterOf(values);
  if (values['min-sources'] !== undefined) filter.minSources = positiveInt('min-sources', values['min-sources'], 1);
  const limit = values.limit === undefined ? undefined : positiveInt('limit', values.limit, 1);
  const store = await openStore(values.db, { scan: true });
  const w = new LineWriter(process.stdout);
  try {
    if (format === 'jsonl') {
      let n = 0;
      for await (const s of selectStories(store, filter)) {
        if (limit !== undefined && n++ >= limit) break;
        await w.write(`${JSON.stringify(s)}\n`);
      }
    } else {
      // A table is read by people: in date order, so it is collected first.
      const stories: Story[] = [];
      for await (const s of selectStories(store, filter)) stories.push(s);
      stories.sort((x, y) => compareText(x.date ?? '\uffff', y.date ?? '\uffff') || compareText(x.id, y.id));
      const shown = stories.slice(0, limit);
      for (const s of shown) await w.write(`${storyLines(s).join('\n')}\n`);
      const corroborated = stories.filter((s) => s.sources > 1).length;
      await w.write(`${shown.length} of ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} (${corroborated} with more than one source)\n`);
    }
    await w.end();
  } catch (e) {
    if (!isClosedPipe(e)) throw e;
  } finally {
    await store.close();
  }
  return 0;
}

/** The actor, dyad, source, period, root and status options as a story filter (shared with export). */
export function storyFilterOf(values: { actor?: string; dyad?: string; source?: string; since?: string; until?: string; root?: string; status?: string }): StoryFilter {
  const f: StoryFilter = {};
  if (values.actor !== undefined) f.actor = actorId('actor', values.actor);
  if (values.source !== undefined) f.source = actorId('source', values.source);
  if (values.dyad !== undefined) f.dyad = dyadOption(values.dyad);
  const { from, to } = period(values.since, values.until, ['since', 'until']);
  if (from) f.since = from;
  if (to) f.until = to;
  if (values.root !== undefined) f.root = rootOption(values.root);
  if (values.status !== undefined) f.statuses = statusList(values.status);
  return f;
}

function actorId(name: string, value: string): string {
  if (!value.trim()) throw new UsageError(`--${name} needs an actor id such as TUR`);
  return value.trim().toUpperCase();
}
