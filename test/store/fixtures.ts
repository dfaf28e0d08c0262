// Hand-made coded articles for the store tests. The builder takes a text and a few event specs and
// derives everything else (sentences, mentions, evidence spans) from the text, so every span is a
// real span into the article text.
import { createHash } from 'node:crypto';
import type { ActorRef, Article, ArticleResult, Event, Evidence, Mention, Sentence } from '../../src/core/types.ts';

export const TUR: ActorRef = { id: 'TUR', type: 'state', name: 'Turkey' };
export const RUS: ActorRef = { id: 'RUS', type: 'state', name: 'Russia' };
export const USA: ActorRef = { id: 'USA', type: 'state', name: 'United States' };
export const SYR: ActorRef = { id: 'SYR', type: 'state', name: 'Syria' };
export const CAVUSOGLU: ActorRef = { id: 'person:cavusoglu', type: 'person', name: 'Mevlüt Çavuşoğlu', role: 'GOV' };

/** One event: who, whom, the CAMEO code, and the word in the text that triggered it. */
export type EventSpec = Pick<Event, 'source' | 'target' | 'cameo'> & { trigger: string; moreTriggers?: string[] } & Partial<
  Omit<Event, 'id' | 'source' | 'target' | 'cameo' | 'root' | 'evidence' | 'moreEvidence'>
>;

export interface Coded {
  article: Article;
  result: ArticleResult;
}

export function buildArticle(id: string, text: string, specs: EventSpec[], meta: { title?: string; outlet?: string } = {}): Coded {
  const sentences = splitSentences(text);
  const sentenceAt = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end) ?? sentences[0];

  const actors = uniqueActors(specs.flatMap((s) => [s.source, s.target, s.attribution]));
  const mentions: Mention[] = actors.flatMap((actor) =>
    occurrences(text, actor.name).map((start) => ({
      start,
      end: start + actor.name.length,
      sentence: sentenceAt(start).index,
      actor,
      ...(actor.type === 'person' ? { affiliation: { id: 'TUR', type: 'state' as const, role: 'GOV' as const } } : {}),
      text: actor.name,
      kind: actor.type === 'person' ? ('person' as const) : ('name' as const),
      rule: `fixture:${actor.id}`,
    })),
  );

  const evidence = (trigger: string): Evidence => {
    const at = text.indexOf(trigger);
    if (at < 0) throw new Error(`fixture ${id}: trigger ${JSON.stringify(trigger)} not in text`);
    const s = sentenceAt(at);
    return {
      sentence: s.index,
      start: s.start,
      end: s.end,
      trigger: { start: at, end: at + trigger.length },
      text: text.slice(s.start, s.end),
      rule: `lexicon:${trigger}`,
    };
  };
  const events: Event[] = specs.map(({ trigger, moreTriggers, source, target, cameo, ...rest }, i) => ({
    id: `${id}#${i + 1}`,
    source,
    target,
    cameo,
    root: cameo.slice(0, 2),
    status: 'occurred',
    ...rest,
    evidence: evidence(trigger),
    ...(moreTriggers ? { moreEvidence: moreTriggers.map(evidence) } : {}),
  }));

  const ankara = occurrences(text, 'Ankara');
  const article: Article = {
    id,
    text,
    original: `  ${text}\r\n`,
    title: meta.title,
    published: { value: '2015-07-20', precision: 'day', source: 'published' },
    publishedRaw: 'Mon, 20 Jul 2015 09:00:00 GMT',
    outlet: meta.outlet,
    url: `https://example.org/news/${encodeURIComponent(id)}`,
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
  const result: ArticleResult = {
    id,
    title: meta.title,
    published: '2015-07-20',
    outlet: meta.outlet,
    url: article.url,
    text,
    sentences,
    actors: actors.map((a) => ({ ...a, mentions: mentions.filter((m) => m.actor.id === a.id).length })),
    mentions,
    places: ankara.length
      ? [
          {
            text: 'Ankara',
            name: 'Ankara',
            lat: 39.91987,
            lon: 32.85427,
            country: 'TUR',
            geonameid: 323786,
            featureCode: 'PPLC',
            spans: ankara.map((start) => ({ start, end: start + 'Ankara'.length })),
            rule: 'gazetteer:capital',
          },
        ]
      : [],
    dates: [],
    events,
  };
  return { article, result };
}

/**
 * The query corpus: seven events over three articles, with every dyad direction, date precisions
 * from year to day plus one undated event, and all four statuses. In (date, id) order:
 *   a2#1 2015        USA→RUS 11 negated
 *   a3#2 2015-03-01  TUR→SYR 19 occurred
 *   a1#2 2015-07     RUS→TUR 03 future
 *   a1#1 2015-07-20  TUR→RUS 04 occurred   (every optional field set)
 *   a3#3 2015-07-31  SYR→TUR 12 occurred
 *   a3#1 2016-01-05  RUS→USA 19 occurred
 *   a2#2 (no date)   USA→—   01 hypothetical
 */
export function corpus(): Coded[] {
  return [
    buildArticle(
      'a1',
      'Turkey and Russia met in Ankara 🤝 on Monday. Mevlüt Çavuşoğlu said Russia will host Turkey in July. Ankara welcomed it 🇹🇷.',
      [
        {
          source: { ...TUR, role: 'GOV' },
          target: { ...RUS, role: 'GOV' },
          cameo: '040',
          trigger: 'met',
          plover: { type: 'CONSULT', mode: 'visit', context: 'diplomatic' },
          goldstein: 1,
          quad: 1,
          attribution: CAVUSOGLU,
          date: '2015-07-20',
          datePrecision: 'day',
          dateSource: 'text',
          place: { name: 'Ankara', lat: 39.91987, lon: 32.85427, country: 'TUR', geonameid: 323786 },
          moreTriggers: ['welcomed'],
        },
        {
          source: RUS,
          target: TUR,
          cameo: '036',
          trigger: 'host',
          status: 'future',
          statusCue: 'will',
          goldstein: 4.5,
          date: '2015-07',
          datePrecision: 'month',
          dateSource: 'text',
        },
      ],
      { title: 'Çavuşoğlu meets Lavrov 🤝', outlet: 'Hürriyet' },
    ),
    buildArticle('a2', 'The United States did not accuse Russia. The United States may appeal.', [
      { source: USA, target: RUS, cameo: '111', trigger: 'accuse', status: 'negated', statusCue: 'did not', goldstein: -2, quad: 3, date: '2015', datePrecision: 'year', dateSource: 'published' },
      { source: USA, target: null, cameo: '010', trigger: 'appeal', status: 'hypothetical', statusCue: 'may' },
    ]),
    buildArticle('a3', 'Russia attacked the United States in January. Turkey shelled Syria in March. Syria rejected Turkey.', [
      { source: RUS, target: USA, cameo: '190', trigger: 'attacked', goldstein: -10, quad: 4, date: '2016-01-05', datePrecision: 'day' },
      { source: TUR, target: SYR, cameo: '190', trigger: 'shelled', goldstein: -10, quad: 4, date: '2015-03-01', datePrecision: 'day' },
      { source: SYR, target: TUR, cameo: '120', trigger: 'rejected', goldstein: -4, quad: 3, date: '2015-07-31', datePrecision: 'day' },
    ]),
  ];
}

function splitSentences(text: string): Sentence[] {
  return [...text.matchAll(/[^.!?]+[.!?]*/g)].map((m, index) => {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index! + lead;
    return { index, start, end: start + m[0].trim().length };
  });
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

function uniqueActors(refs: Array<ActorRef | null | undefined>): ActorRef[] {
  const byId = new Map<string, ActorRef>();
  for (const r of refs) if (r && !byId.has(r.id)) byId.set(r.id, { id: r.id, type: r.type, name: r.name });
  return [...byId.values()];
}
