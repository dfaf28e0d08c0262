// Everything the pipeline reads from data/, loaded once per process (never per article), with the time
// each part took, so start-up cost stays visible (`entente bench` reports it).
import { loadNormaliser, type Normaliser } from '../ingest/normaliser.ts';
import { loadSentenceSplitter, type SentenceSplitter } from '../nlp/sentenceSplitter.ts';
import { loadActorCatalogue, type ActorCatalogue } from '../actors/actorCatalogue.ts';
import { loadGazetteer, type Gazetteer } from '../geo/gazetteer.ts';
import { loadEventLexicon, type EventLexicon } from '../events/eventLexicon.ts';
import { loadTimeLexicon, type TimeLexicon } from '../time/timeLexicon.ts';

export interface Resources {
  normaliser: Normaliser;
  splitter: SentenceSplitter;
  catalogue: ActorCatalogue;
  gazetteer: Gazetteer;
  lexicon: EventLexicon;
  /** Time-expression data (data/time): seasons, shifts, occasions, tense cues, years, filters, clause breaks. */
  time: TimeLexicon;
  /** Milliseconds each resource took to load. */
  loadMs: Record<string, number>;
}

function timed<T>(loadMs: Record<string, number>, name: string, f: () => T): T {
  const t = performance.now();
  const v = f();
  loadMs[name] = Math.round(performance.now() - t);
  return v;
}

let cached: Resources | undefined;

/**
 * Loads (once per process) every dictionary, lexicon and gazetteer the pipeline needs. `quiet` keeps the
 * catalogue's warnings (aliases two entries claim) to itself: the second and later coding workers say nothing
 * the first has not said.
 */
export function loadResources(opts: { quiet?: boolean } = {}): Resources {
  if (cached) return cached;
  const loadMs: Record<string, number> = {};
  cached = {
    normaliser: timed(loadMs, 'normaliser', () => loadNormaliser()),
    splitter: timed(loadMs, 'sentenceSplitter', () => loadSentenceSplitter()),
    catalogue: timed(loadMs, 'actorCatalogue', () => loadActorCatalogue(opts.quiet ? { warn: () => {} } : {})),
    gazetteer: timed(loadMs, 'gazetteer', () => loadGazetteer()),
    lexicon: timed(loadMs, 'eventLexicon', () => loadEventLexicon()),
    time: timed(loadMs, 'timeLexicon', () => loadTimeLexicon()),
    loadMs,
  };
  return cached;
}
