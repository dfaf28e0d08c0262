// Runs only the actor stage (sentences → tokens → proposals → refined mentions) on a text, with the catalogue
// loaded once, and labels mentions compactly for table tests: "Ankara=TUR/GOV", "Ankara=TUR (place)",
// "Peter Cook=person:USA/GOV", "both countries=IRN+TUR" (one label for the mentions sharing a span).
import { loadActorCatalogue, type ActorCatalogue } from '../../src/actors/actorCatalogue.ts';
import { loadSentenceSplitter } from '../../src/nlp/sentenceSplitter.ts';
import { tokenize } from '../../src/nlp/tokenizer.ts';
import { proposeMentions } from '../../src/actors/actorMatcher.ts';
import { refineMentions, type RefinedSentence } from '../../src/actors/actorRefiner.ts';
import { summariseActors } from '../../src/actors/actorSummary.ts';
import type { Mention } from '../../src/core/types.ts';

let catalogue: ActorCatalogue | undefined;
const splitter = loadSentenceSplitter();

export function theCatalogue(): ActorCatalogue {
  return (catalogue ??= loadActorCatalogue({ extra: [] }));
}

export function actorStage(text: string, date: string | undefined = '2016-10-21'): RefinedSentence[] {
  const c = theCatalogue();
  const sentences = splitter.split(text).map((sentence) => {
    const tokens = tokenize(text, sentence.start, sentence.end);
    return { sentence, tokens, proposals: proposeMentions(tokens, c) };
  });
  return refineMentions(text, sentences, c, date);
}

function label(ms: Mention[]): string {
  const m = ms[0];
  if (m.actor.type === 'person') {
    const aff = m.affiliation ? `${m.affiliation.id}${m.affiliation.role ? `/${m.affiliation.role}` : ''}` : '-';
    return `${m.text}=person:${aff}`;
  }
  const ids = ms.map((x) => x.actor.id).join('+');
  return `${m.text}=${ids}${m.actor.role ? `/${m.actor.role}` : ''}${m.locative ? ' (place)' : ''}`;
}

/** Labels of every mention of the text, mentions over the same words joined ("both sides=TUR+IRQ"). */
export function labels(text: string, date?: string): string[] {
  const out: string[] = [];
  for (const s of actorStage(text, date)) {
    const groups: Mention[][] = [];
    for (const m of s.mentions) {
      const g = groups.find((x) => x[0].start === m.start && x[0].end === m.end);
      if (g) g.push(m);
      else groups.push([m]);
    }
    out.push(...groups.map(label));
  }
  return out;
}

export function mentionsOf(text: string, date?: string): Mention[] {
  return actorStage(text, date).flatMap((s) => s.mentions);
}

export function actorIds(text: string, date?: string): string[] {
  return summariseActors(mentionsOf(text, date))
    .filter((a) => a.type !== 'person')
    .map((a) => `${a.id}${a.role ? `/${a.role}` : ''}`);
}
