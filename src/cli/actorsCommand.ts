// `entente actors`: the actor catalogue as loaded (sizes, the user's files from ENTENTE_ACTORS, aliases two
// entries claim, load time), and `entente actors --unknown <inputs>...`: capitalised names that act in events
// (right before or after a trigger) but match nothing, with how often and an example sentence each, so a user
// can add them to a catalogue file of their own.
import { readInputs, formatInputError } from '../ingest/inputReader.ts';
import { loadResources } from '../core/resources.ts';
import { buildArticle, processArticle } from '../core/pipeline.ts';
import { tokenize } from '../nlp/tokenizer.ts';
import { matchTriggers } from '../events/triggerMatcher.ts';
import { findUnknownNames } from '../actors/unknownActorFinder.ts';
import type { Span } from '../core/types.ts';
import { oneOf, parse, positiveInt, UsageError } from './args.ts';

const USAGE = `entente actors                                   the catalogue: sizes, your files (ENTENTE_ACTORS), duplicate aliases
entente actors --unknown <inputs>... [--min N] [--format table|jsonl]
                                                 names acting in events that match no actor, most frequent first`;

interface Found {
  name: string;
  count: number;
  subject: number;
  object: number;
  articles: Set<string>;
  example: { article: string; sentence: string };
}

export async function actorsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { unknown: { type: 'boolean' }, min: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = oneOf('format', values.format, ['table', 'jsonl'] as const, 'table');
  if (!values.unknown) {
    if (positionals.length) throw new UsageError(`inputs are read only with --unknown\n${USAGE}`);
    return describeCatalogue(format);
  }
  if (!positionals.length) throw new UsageError(`name at least one input file or directory\n${USAGE}`);
  const min = positiveInt('min', values.min, 1);
  const r = loadResources();
  const found = new Map<string, Found>();
  let failed = 0;
  for await (const item of readInputs(positionals)) {
    if (item.error) {
      failed++;
      console.error(`entente actors: ${formatInputError(item.error)}`);
      continue;
    }
    const result = processArticle(buildArticle(item.article, r), r);
    const covered: Span[] = [...result.mentions, ...result.places.flatMap((p) => p.spans), ...result.dates];
    for (const s of result.sentences) {
      const tokens = tokenize(result.text, s.start, s.end);
      const triggers = matchTriggers(tokens, r.lexicon);
      if (!triggers.length) continue;
      const inSentence = covered.filter((c) => c.start >= s.start && c.end <= s.end);
      for (const u of findUnknownNames(tokens, inSentence, triggers, r.catalogue)) {
        const key = u.name.toLowerCase();
        const f = found.get(key) ?? { name: u.name, count: 0, subject: 0, object: 0, articles: new Set<string>(), example: { article: result.id, sentence: result.text.slice(s.start, s.end) } };
        f.count++;
        f[u.position]++;
        f.articles.add(result.id);
        found.set(key, f);
      }
    }
  }
  const list = [...found.values()].filter((f) => f.count >= min).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  if (format === 'jsonl') {
    for (const f of list) console.log(JSON.stringify({ name: f.name, count: f.count, subject: f.subject, object: f.object, articles: f.articles.size, example: f.example }));
  } else if (!list.length) {
    console.log('no unknown names next to event triggers');
  } else {
    console.log(`${'count'.padStart(5)}  ${'subj/obj'.padEnd(8)}  ${'name'.padEnd(32)}  example`);
    for (const f of list) {
      const ex = f.example.sentence.length > 110 ? `${f.example.sentence.slice(0, 107)}...` : f.example.sentence;
      console.log(`${String(f.count).padStart(5)}  ${`${f.subject}/${f.object}`.padEnd(8)}  ${f.name.padEnd(32)}  ${f.example.article}: ${ex}`);
    }
  }
  if (failed) console.error(`entente actors: ${failed} input(s) failed`);
  return failed ? 1 : 0;
}

function describeCatalogue(format: 'table' | 'jsonl'): number {
  const r = loadResources();
  const c = r.catalogue;
  // The whole catalogue, with the 1975–2009 office holders an article indexes only when it needs them.
  const t = performance.now();
  c.ensureEarlierPeople();
  const earlierMs = Math.round(performance.now() - t);
  const info = {
    counts: c.counts,
    earlierPeopleLoadMs: earlierMs,
    extraFiles: c.extraFiles,
    duplicates: c.duplicates,
    loadMs: r.loadMs.actorCatalogue,
  };
  if (format === 'jsonl') {
    console.log(JSON.stringify(info));
    return 0;
  }
  const n = c.counts;
  console.log(`actor catalogue: ${n.states} states, ${n.groups} groups, ${n.igos} organisations, ${n.people} people, ${n.aliases} names (loaded in ${info.loadMs} ms; the 1975–2009 office holders, indexed when an article needs them, in ${earlierMs} ms more)`);
  if (c.extraFiles.length) for (const f of c.extraFiles) console.log(`  your ${f.kind}: ${f.path}`);
  else console.log('  no files of your own (set ENTENTE_ACTORS to files or directories of them)');
  for (const d of c.duplicates) console.log(`  duplicate alias "${d.alias}": ${d.ids.map((id, i) => `${id} (${d.files[i]})`).join(', ')}`);
  return 0;
}
