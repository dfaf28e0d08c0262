// `entente explain <input> <article-id>`: why the article was coded as it was. Per sentence: each actor
// mention with what it resolved to and the dictionary entry or rule that did it, the names read as no actor
// (and why), and each event with its trigger, the lexicon entry and linking rule, and its status cue.
import { readInputs, formatInputError } from '../ingest/inputReader.ts';
import { loadResources } from '../core/resources.ts';
import { buildArticle, processArticle } from '../core/pipeline.ts';
import { tokenize } from '../nlp/tokenizer.ts';
import { proposeMentions } from '../actors/actorMatcher.ts';
import { refineMentions } from '../actors/actorRefiner.ts';
import type { ActorRef, ArticleResult, Mention } from '../core/types.ts';
import { parse, UsageError } from './args.ts';

const USAGE = 'entente explain <input> <article-id>   (the id as extract prints it: a .txt file name without extension, a JSONL record id)';

export async function explainCommand(argv: string[]): Promise<number> {
  const { positionals } = parse(argv, {});
  if (positionals.length !== 2) throw new UsageError(`name one input and one article id\n${USAGE}`);
  const [input, id] = positionals;
  const r = loadResources();
  const seen: string[] = [];
  for await (const item of readInputs([input])) {
    if (item.error) {
      console.error(`entente explain: ${formatInputError(item.error)}`);
      continue;
    }
    seen.push(item.article.id);
    if (item.article.id !== id) continue;
    const article = buildArticle(item.article, r);
    const result = processArticle(article, r);
    // The names the actor stage set aside are not part of the result: ask the stage again.
    const refined = refineMentions(
      result.text,
      result.sentences.map((sentence) => {
        const tokens = tokenize(result.text, sentence.start, sentence.end);
        return { sentence, tokens, proposals: proposeMentions(tokens, r.catalogue) };
      }),
      r.catalogue,
      article.published?.value,
    );
    console.log(explain(result, refined.map((s) => s.dropped)));
    return 0;
  }
  const known = seen.length ? ` (it has: ${seen.slice(0, 10).join(', ')}${seen.length > 10 ? ', …' : ''})` : '';
  console.error(`entente explain: no article "${id}" in ${input}${known}`);
  return 1;
}

const actor = (a: Pick<ActorRef, 'id' | 'role'> | null | undefined) => (a ? `${a.id}${a.role ? `/${a.role}` : ''}` : '—');

function mentionLine(m: Mention): string {
  const what =
    m.actor.type === 'person'
      ? `${m.actor.name}${m.affiliation ? ` for ${m.affiliation.id}${m.affiliation.role ? `/${m.affiliation.role}` : ''}` : ' (no affiliation)'}`
      : `${actor(m.actor)}${m.locative ? ' as a place' : ''}`;
  return `    actor  «${m.text}» → ${what}  [${m.kind}]  rule: ${m.rule}`;
}

export function explain(r: ArticleResult, dropped: Array<Array<{ text: string; why: string }>> = []): string {
  const out = [`■ ${r.id}${r.published ? `  (${r.published})` : ''}${r.title ? `  ${r.title}` : ''}`];
  out.push(`  actors  ${r.actors.map((a) => (a.type === 'person' ? `${a.name}${a.affiliation ? `→${actor(a.affiliation)}` : ''}` : actor(a))).join(' ') || '—'}`);
  for (const s of r.sentences) {
    const mentions = r.mentions.filter((m) => m.sentence === s.index);
    const events = r.events.flatMap((e) => [e.evidence, ...(e.moreEvidence ?? [])].filter((ev) => ev.sentence === s.index).map((ev) => ({ e, ev })));
    const none = dropped[s.index] ?? [];
    out.push(`  [${s.index}${s.headline ? ', headline' : ''}] ${r.text.slice(s.start, s.end)}`);
    for (const m of mentions) out.push(mentionLine(m));
    for (const d of none) out.push(`    no actor  «${d.text}»: ${d.why}`);
    for (const { e, ev } of events) {
      out.push(
        `    event  ${actor(e.source)} → ${actor(e.target)}  ${e.cameo} ${e.status}${e.statusCue ? ` (cue: «${e.statusCue}»)` : ''}  trigger «${ev.text}»  rule: ${ev.rule}`,
      );
    }
  }
  return out.join('\n');
}
