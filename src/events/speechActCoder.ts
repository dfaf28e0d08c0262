// Codes the act of saying so. In CAMEO, "Libya offered to hand over the suspects" is an event that happened —
// an expression of intent (03) — while the hand-over itself has not happened (status future). Likewise "X
// threatened to cut ties unless …" is a threat (13) and "Russia said Sudan must return the helicopter" a
// demand (10) by the speaker. This refiner derives those occurred speech acts from a coded event whose status
// came from a commitment, threat or obligation cue; the planned event stays as it is, with its status.
import type { ActorRef, EventStatus } from '../core/types.ts';
import type { EventLexicon } from './eventLexicon.ts';

export type SpeechAct = 'intent' | 'threat' | 'demand' | 'refusal';

export interface DerivedAct {
  act: SpeechAct;
  cameo: string;
  source: ActorRef;
  target: ActorRef | null;
}

/** The CAMEO code of expressing intent to do an event of this root ("will meet" → 036). */
const INTENT: Record<string, string> = { '03': '030', '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };
/** The CAMEO code of threatening an event of this root ("threatened to impose sanctions" → 1312). */
const THREAT: Record<string, string> = { '12': '130', '14': '130', '15': '130', '16': '131', '17': '137', '18': '138', '19': '138', '20': '138' };
/** The CAMEO code of refusing an event of this root ("refused to meet" → 125, "failed to reach agreement" → 120). */
const REFUSAL: Record<string, string> = { '03': '120', '04': '125', '05': '120', '06': '121', '07': '122', '08': '124' };
/** Commitments that, to a hostile act, are a threat: "will", "would" in reported speech, vows. */
const THREATENING = new Set(['will', "'ll", 'shall', 'would (reported)', 'vowed to', 'vows to', 'vow to', 'sworn to', 'swore to', 'going to']);
/** The CAMEO code of demanding an event of this root ("X must withdraw" → 106). */
const DEMAND: Record<string, string> = { '03': '100', '04': '108', '05': '102', '06': '101', '07': '103', '08': '106' };

/**
 * The speech act behind a future event: `cueAct` is what the lexicon says its status cue expresses (a
 * commitment like "will" or "offered to", a threat, an obligation like "must", or a refusal); `condition`
 * is the condition the sentence attaches: "unless" makes any commitment a threat, "if" one to a hostile act.
 * `speaker` is who the sentence attributes an obligation to.
 */
export function deriveSpeechAct(
  event: { source: ActorRef; target: ActorRef | null; cameo: string; status: EventStatus },
  modality: { act?: SpeechAct; cue?: string; commitment?: string },
  condition: 'unless' | 'if' | undefined,
  speaker: ActorRef | undefined,
  lexicon: EventLexicon,
): DerivedAct | undefined {
  const cueAct = modality.act;
  if (!cueAct) return undefined;
  const root = event.cameo.slice(0, 2);
  const known = (code: string | undefined) => (code && lexicon.codes.has(code) ? code : undefined);
  if (event.status === 'negated') {
    const code = cueAct === 'refusal' ? known(REFUSAL[root]) : undefined;
    return code ? { act: 'refusal', cameo: code, source: event.source, target: event.target } : undefined;
  }
  // A commitment made on a condition is hypothetical as to the act, but the offer or threat is made.
  if (event.status !== 'future' && !(event.status === 'hypothetical' && condition && modality.commitment)) return undefined;
  if (cueAct === 'demand') {
    const code = known(DEMAND[root]) ?? '100';
    if (!speaker || speaker.id === event.source.id) return undefined;
    return { act: 'demand', cameo: code, source: speaker, target: event.source };
  }
  const hostile = !!THREAT[root] || root === '13';
  // "will withdraw its force unless …": a commitment on a condition is a threat, whatever is promised.
  const threat = cueAct === 'threat' || condition === 'unless' || (hostile && (condition === 'if' || THREATENING.has(modality.commitment ?? modality.cue ?? '')));
  if (threat) {
    const code = root === '13' ? event.cameo : known(THREAT[root]) ?? '130';
    return { act: 'threat', cameo: code, source: event.source, target: event.target };
  }
  const code = known(INTENT[root]);
  return code && !hostile ? { act: 'intent', cameo: code, source: event.source, target: event.target } : undefined;
}
