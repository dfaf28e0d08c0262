// Codes a reported obligation as a demand: "Russia said Sudan must return the helicopter", "the Red Cross said
// US and British forces must ensure security" — the speaker demands (CAMEO 10) of the actor the obligation is
// laid on, whatever that actor is told to do and whether or not the lexicon knows the verb. The obligation cues
// are the modality lexicon's cues whose act is "demand" (data/lexicon/modality.json).
// Needs: the sentence's arguments and its attribution (who says so). Adds: REQUEST events speaker → obligee.
import type { ActorRef, Token } from '../core/types.ts';
import type { Argument } from './argumentLinker.ts';
import type { EventLexicon } from './eventLexicon.ts';

export interface Obligation {
  source: ActorRef;
  targets: ActorRef[];
  /** Token range of the cue ("must", "has to"). */
  from: number;
  to: number;
  cue: string;
}

/** Words that end the obligee's noun phrase: what precedes them is not the subject of the cue. */
const NOT_IN_SUBJECT = new Set(['that', 'which', 'who', 'of', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'for', 'against', 'said', 'says', 'and', 'or']);

/** Roles that stand apart from their state: its rebels or opposition may demand of it. */
const NON_STATE = new Set(['REB', 'OPP', 'INS']);

export function findObligations(tokens: Token[], args: Argument[], speaker: ActorRef | undefined, lexicon: EventLexicon): Obligation[] {
  if (!speaker) return [];
  const out: Obligation[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const cue = (lexicon.cuesByFirst.get(tokens[i].lower) ?? []).find((c) => c.act === 'demand' && c.key.every((w, j) => tokens[i + j]?.lower === w));
    if (!cue) continue;
    // The obligee is the clause subject right before the cue; a said-clause puts the speaker before it.
    // "his Rwandan Patriotic Front must": a name the catalogue lacks may follow the actor that heads it.
    const obligee = [...args].reverse().find((a) => a.to <= i && i - a.to <= 3 && !a.locative && tokens.slice(a.to, i).every((t) => /^[\p{L}']/u.test(t.text) && !NOT_IN_SUBJECT.has(t.lower)));
    if (!obligee || obligee.from === 0) continue;
    // "Erdogan insists Turkey must …" lays nothing on another; rebels saying the government must … do.
    const targets = obligee.actors.filter((a) => a.id !== speaker.id || NON_STATE.has(a.role ?? '') !== NON_STATE.has(speaker.role ?? ''));
    if (!targets.length) continue;
    // A said-clause opens before the obligee's phrase ("announced that President X and his party must").
    let reported = false;
    for (let k = obligee.from - 1; k >= Math.max(0, obligee.from - 8) && !reported; k--) {
      if (tokens[k].lower === 'that' || lexicon.reportingVerbs.has(tokens[k].lower)) reported = true;
      else if ([',', ';', ':'].includes(tokens[k].text)) break;
    }
    if (!reported) continue;
    out.push({ source: speaker, targets, from: i, to: i + cue.key.length, cue: cue.key.join(' ') });
  }
  return out;
}
