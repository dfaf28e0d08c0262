// The time stage of one article: finds its time expressions, resolves them and says which clause each governs.
// Per sentence, the matchers propose (chrono-node for what it does well; our own parsers for bare years,
// ranges and decades, seasons, ordinal days, shifts such as "the next day", named occasions) and the longest
// proposal wins; part words widen them ("early this month") and ranges join them ("between March and May").
// Per article, shifts and occasions are counted from the expressions they refer to, and each expression gets
// the scope of the events it dates. Relative expressions count from the publication date and are never finer
// than it; without one they stay unresolved (dropped), never counted from today. Every mention keeps the rule
// that produced it. Data: data/time/*.json, loaded once (src/time/timeLexicon.ts); README there.
import type { DateMention, Sentence, TimeValue } from '../core/types.ts';
import type { Candidate, SentenceContext } from './candidates.ts';
import { selectCandidates } from './candidates.ts';
import { publicationAnchor } from './publishedDate.ts';
import { tenseAt, tenseCues } from './tenseResolver.ts';
import { chronoBySentence, chronoCandidates } from './chronoMatcher.ts';
import { yearCandidates } from './yearMatcher.ts';
import { seasonCandidates } from './seasonMatcher.ts';
import { ordinalDayCandidates } from './ordinalDayMatcher.ts';
import { shiftCandidates } from './shiftMatcher.ts';
import { occasionCandidates } from './occasionMatcher.ts';
import { refineParts } from './partRefiner.ts';
import { joinRanges } from './rangeRefiner.ts';
import { resolveReferences } from './referenceResolver.ts';
import { refineScopes } from './scopeRefiner.ts';
import type { TimeLexicon } from './timeLexicon.ts';

const MATCHERS = [chronoCandidates, yearCandidates, seasonCandidates, ordinalDayCandidates, shiftCandidates, occasionCandidates];

export function matchArticleDates(text: string, sentences: Sentence[], published: TimeValue | undefined, lex: TimeLexicon): DateMention[] {
  const anchor = publicationAnchor(published);
  const kept: Candidate[] = [];
  const chrono = chronoBySentence(text, sentences, anchor);
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    if (!/\p{N}|[A-Za-z]/u.test(slice)) continue;
    let cues: ReturnType<typeof tenseCues> | undefined; // only sentences with open expressions need them
    const ctx: SentenceContext = {
      text,
      start: s.start,
      end: s.end,
      index: s.index,
      slice,
      lower: slice.toLowerCase(),
      ...(anchor ? { anchor } : {}),
      lex,
      chrono: chrono.get(s.index) ?? [],
      tense: (a, b) => tenseAt((cues ??= tenseCues(slice, lex.tense)), a - s.start, b - s.start),
    };
    const selected = selectCandidates(MATCHERS.flatMap((match) => match(ctx)));
    refineParts(text, s.start, selected, lex.parts);
    kept.push(...joinRanges(text, s.start, selected, lex.ranges));
  }
  const mentions: DateMention[] = resolveReferences(text, sentences, kept, anchor, lex).map((r) => ({
    start: r.start,
    end: r.end,
    sentence: r.sentence,
    text: text.slice(r.start, r.end),
    time: r.time,
    rule: r.rule,
    ...(r.anchor ? { anchor: r.anchor } : {}),
    ...(r.reference ? { reference: r.reference } : {}),
  }));
  refineScopes(text, sentences, mentions, lex.scope);
  return mentions;
}
