// Runs the time stage on a text as the pipeline does (real sentence splitter, data/time loaded once).
import { loadTimeLexicon } from '../../src/time/timeLexicon.ts';
import { loadSentenceSplitter } from '../../src/nlp/sentenceSplitter.ts';
import { matchArticleDates } from '../../src/time/dateMatcher.ts';
import { parsePublished } from '../../src/time/publishedDate.ts';
import type { DateMention } from '../../src/core/types.ts';

const lex = loadTimeLexicon();
const splitter = loadSentenceSplitter();

/** The time expressions of a text published on `published` (parsed as a date line; undefined: no date). */
export function datesOf(text: string, published: string | undefined): DateMention[] {
  return matchArticleDates(text, splitter.split(text), parsePublished(published), lex);
}
