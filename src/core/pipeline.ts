// The pipeline: one article in, its coded result out. A pure function of (input, resources): no files,
// network or database here, so it runs the same in the CLI, a worker, a test or a browser.
//
// Stages, in order — each says what it needs and what it adds:
//  1. ingest/normaliser      input text          → the one normalised text every span points into
//  2. time/publishedDate     published string    → the anchor date (value + precision)
//  3. nlp/sentenceSplitter   text                → sentences (the headline marked)
//  4. nlp/tokenizer          sentences           → tokens with offsets
//  5. actors/actorMatcher    tokens + catalogue  → proposed mentions (aliases, titled people)
//  6. actors/actorRefiner    proposals + date    → mentions: people's affiliations by date, metonymy vs place,
//                                                   roles, surnames, pronouns and "the group"
//  7. time/dateMatcher       sentences + date    → time expressions: value, precision, rule, the clause each governs
//  8. geo/placeMatcher       tokens + mentions   → places resolved in the article's countries
//  8b. actors/capitalPlaceRefiner places         → capitals resolved to a town elsewhere dropped as actors
//  9. events/eventCoder      all of the above    → events with source, target, codes, status, date, place, evidence
// 10. events/mergeArticleEvents                  → one event per happening in the article
import { createHash } from 'node:crypto';
import type { Article, ArticleInput, ArticleResult, DateMention, Event } from './types.ts';
import type { Resources } from './resources.ts';
import { parsePublished } from '../time/publishedDate.ts';
import { tokenize } from '../nlp/tokenizer.ts';
import { proposeMentions } from '../actors/actorMatcher.ts';
import { refineMentions } from '../actors/actorRefiner.ts';
import { matchArticleDates } from '../time/dateMatcher.ts';
import { findPlaces } from '../geo/findPlaces.ts';
import { codeSentence, mergeArticleEvents } from '../events/eventCoder.ts';
import { summariseActors } from '../actors/actorSummary.ts';
import { needsEarlierPeople } from '../actors/actorCatalogue.ts';
import { settingState } from '../actors/settingRefiner.ts';
import { dropCapitalsPlacedElsewhere } from '../actors/capitalPlaceRefiner.ts';

/** Stages 1–2 only need the normaliser, so a coordinating thread can build articles without the rest. */
export function buildArticle(input: ArticleInput, r: Pick<Resources, 'normaliser'>): Article {
  const text = r.normaliser.normalise(input.text); // 1
  const published = parsePublished(input.published, input.publishedApprox); // 2
  return {
    id: input.id,
    text,
    original: input.text,
    ...(input.title ? { title: input.title } : {}),
    ...(published ? { published } : {}),
    ...(input.published ? { publishedRaw: input.published } : {}),
    ...(input.outlet ? { outlet: input.outlet } : {}),
    ...(input.url ? { url: input.url } : {}),
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}

export function processArticle(article: Article, r: Resources): ArticleResult {
  const { text } = article;
  // Pre-2010 or undated text may name the 1975–2009 office holders: indexed once per process, on first need.
  if (needsEarlierPeople(article.published?.value)) r.catalogue.ensureEarlierPeople();
  const sentences = r.splitter.split(text); // 3
  const tokenised = sentences.map((sentence) => {
    const tokens = tokenize(text, sentence.start, sentence.end); // 4
    return { sentence, tokens, proposals: proposeMentions(tokens, r.catalogue) }; // 5
  });
  const dateValue = article.published?.value;
  const refined = refineMentions(text, tokenised, r.catalogue, dateValue); // 6
  const mentions = refined.flatMap((s) => s.mentions);

  const dates: DateMention[] = matchArticleDates(text, sentences, article.published, r.time); // 7

  // The article's countries, for the geo stage: not from a capital, which the geo stage reads as a toponym
  // ("Dublin" may be Dublin, Ohio).
  const countries = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'capital') continue;
    const id = m.actor.type === 'person' ? m.affiliation?.id : m.actor.id;
    if (id && id.length === 3 && r.catalogue.byId.get(id)?.type === 'state') countries.add(id);
  }
  const places = findPlaces(text, refined, r.gazetteer, countries); // 8
  // 8b. A capital's name resolved to a town elsewhere ("Paris, Texas") is no actor of the capital's state.
  const placed = dropCapitalsPlacedElsewhere(refined, places);
  const actorMentions = placed === refined ? mentions : placed.flatMap((s) => s.mentions);

  const setting = settingState(text, actorMentions)?.id;
  const ctx = { articleId: article.id, text, published: article.published, dates, places, roleNouns: r.catalogue.roleNouns, ...(setting ? { setting } : {}) };
  const raw = placed.flatMap((s) => codeSentence(s, ctx, r.lexicon)); // 9
  const events: Event[] = mergeArticleEvents(article.id, raw, sentences.find((s) => s.headline)?.index); // 10

  return {
    id: article.id,
    ...(article.title ? { title: article.title } : {}),
    ...(article.published ? { published: article.published.value } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.url ? { url: article.url } : {}),
    text,
    sentences,
    actors: summariseActors(actorMentions),
    mentions: actorMentions,
    places,
    dates,
    events,
  };
}
