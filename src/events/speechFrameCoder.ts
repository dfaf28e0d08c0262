// Codes commitments and refusals whose object the lexicon does not know as an event: "Vietnam is committed to
// opening up its economy", "the president said he is prepared to lift the ban on the FIS", "Syria refused to
// take in more refugees". The frame itself — an offer or a refusal made to others — is the event (CAMEO 030
// express intent to cooperate, 120 reject), whatever is offered or refused. Only cues marked "frame" in
// data/lexicon/modality.json count, and only where no known trigger follows the cue (then the speech-act coder
// derives the act from that event instead).
// Needs: the sentence's arguments and triggers. Adds: occurred 030/120 events with the frame's subject as source.
import type { ActorRef, Token } from '../core/types.ts';
import type { Argument } from './argumentLinker.ts';
import type { EventLexicon } from './eventLexicon.ts';
import type { TriggerMatch } from './triggerMatcher.ts';
import { infinitiveTarget } from './targetRefiner.ts';

export interface SpeechFrame {
  source: ActorRef[];
  targets: ActorRef[];
  cameo: string;
  from: number;
  to: number;
  cue: string;
}

const CODE = { intent: '030', refusal: '120' } as const;
/** Where the target search stops going forward. */
const STOP = new Set([';', ':', '(', ')', 'but', 'which', 'who', 'while', 'although', 'whereas', 'because', 'if', 'unless', 'after', 'before', 'as', 'until']);
const COPULA_SKIP = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be', 'also', 'now', 'still', 'not', 'fully', 'firmly', 'already', 'apparently', 'reportedly']);
/** Prepositions an offer or refusal is made with, to or for. */
const AIMED = new Set(['with', 'to', 'against', 'on', 'toward', 'towards', 'for']);

export function findSpeechFrames(tokens: Token[], args: Argument[], triggers: TriggerMatch[], lexicon: EventLexicon): SpeechFrame[] {
  const out: SpeechFrame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = (lexicon.cuesByFirst.get(tokens[i].lower) ?? []).find((c) => 'frame' in c && c.frame && c.key.every((w, j) => tokens[i + j]?.lower === w));
    if (!cue || !('act' in cue) || (cue.act !== 'intent' && cue.act !== 'refusal')) continue;
    const end = i + cue.key.length;
    // A known event right after the cue is coded, with its speech act, by the event coder.
    // So is one that contains the cue ("declined to comment").
    if (triggers.some((t) => (t.from >= end && t.from <= end + 3) || (t.from <= i && t.to > i))) continue;
    if (!/^\p{Ll}/u.test(tokens[end]?.text ?? '')) continue;
    // The subject: the argument right before the cue, over a copula or adverb ("Vietnam is committed to").
    let k = i - 1;
    while (k >= 0 && COPULA_SKIP.has(tokens[k].lower)) k--;
    const subject = args.find((a) => a.to === k + 1 && !a.locative);
    if (!subject) continue;
    const sourceIds = new Set(subject.actors.map((a) => a.id));
    // The target: for a refusal, the first actor the infinitive's phrase takes as object or aims at; for an offer,
    // one it is made with, to or for ("agreed to clear ISIS out" is no offer to ISIS); else, with a compound
    // subject, the others of it ("Ankara and Washington agreed to …").
    const targets = infinitiveTarget(tokens, args, end, sourceIds, { window: 10, stop: STOP, stopAtComma: true, aimed: AIMED, object: cue.act !== 'intent', skipLocative: true })?.targets ?? [];
    const [first, ...others] = subject.actors;
    if (!targets.length && others.length) {
      out.push({ source: [first], targets: others, cameo: CODE[cue.act], from: i, to: end, cue: cue.key.join(' ') });
      continue;
    }
    out.push({ source: subject.actors, targets, cameo: CODE[cue.act], from: i, to: end, cue: cue.key.join(' ') });
  }
  return out;
}
