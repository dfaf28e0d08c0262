// Decides whether a capital (or a seat of power) acts or is a place:
//   acts:  "Ankara and Washington agreed", "according to Ankara", "pressure from Moscow", "officials in Ankara said"
//   place: "a visit to Ankara", "talks in Ankara", "flew from Tehran", "visited Ankara", "ANKARA, Turkey —",
//          "an Ankara-based analyst".
// The cue words are data (data/actors/context.json, "locative").
import type { Role, Token } from '../core/types.ts';
import type { ActorCatalogue } from './actorCatalogue.ts';
import type { ProposedMention } from './actorMatcher.ts';

export interface CapitalReading {
  place: boolean;
  /** Why: the cue that decided it. */
  cue: string;
  /** "officials in Ankara": the role the phrase gives the state. */
  role?: Role;
}

const MOTION_REACH = 4;

const DIRECTIONS = new Set(['east', 'west', 'north', 'south', 'northern', 'southern', 'eastern', 'western', 'central', 'downtown', 'greater', 'old']);

export function capitalReading(tokens: Token[], p: ProposedMention, proposals: ProposedMention[], c: ActorCatalogue): CapitalReading {
  const L = c.cues.locative;
  const { from, to } = p;
  // Dateline: "ANKARA, Turkey —" opening the sentence.
  if (from === 0 && tokens[to]?.text === ',' && proposals.some((q) => q.from === to + 1 && q.entry?.actor.type === 'state')) return { place: true, cue: 'dateline' };
  // "Ankara-based", "Tehran-born".
  if (tokens[to]?.text === '-' && tokens[to + 1] && L.placeSuffixes.has(tokens[to + 1].lower)) return { place: true, cue: `-${tokens[to + 1].lower}` };
  let k = from;
  // "in East Jerusalem", "in northern Baghdad": a direction word between the preposition and the name.
  if (DIRECTIONS.has(tokens[k - 1]?.lower ?? '')) k--;
  if (tokens[k - 1]?.lower === 'the') k--;
  // "officials in Ankara", "diplomats from Tehran": the officials are the capital's (but "US officials in
  // Ankara" are American, and Ankara is where they are).
  if (L.roleIn.has(tokens[k - 1]?.lower ?? '')) {
    const role = roleNounEndingAt(tokens, k - 1, c);
    let start = role?.from ?? 0;
    while (start > 0 && c.cues.roleModifiers.has(tokens[start - 1].lower)) start--;
    const owned = role && proposals.some((q) => q.entry && (q.to === start || (q.to === start - 1 && tokens[q.to].text === "'s")));
    if (role && !owned) return { place: false, cue: `${role.text} ${tokens[k - 1].lower}`, role: role.role };
  }
  const not = L.notLocative.endingAt(tokens, k);
  if (not) return { place: false, cue: not.text };
  const prep = L.prepositions.endingAt(tokens, k);
  if (prep) return { place: true, cue: prep.text };
  const motionPrep = L.motionPrepositions.endingAt(tokens, k);
  if (motionPrep) {
    for (let j = motionPrep.from - 1; j >= Math.max(0, motionPrep.from - MOTION_REACH); j--) {
      if (L.motionWords.has(tokens[j].lower)) return { place: true, cue: `${tokens[j].lower} … ${motionPrep.text}` };
      if (/^[,;:]$/.test(tokens[j].text)) break;
    }
    return { place: false, cue: `${motionPrep.text} without a motion word` };
  }
  if (L.placeVerbs.has(tokens[k - 1]?.lower ?? '')) return { place: true, cue: tokens[k - 1].lower };
  return { place: false, cue: 'acts' };
}

/** A role noun ending right before `end` ("officials", "senior officials", "diplomats"). */
function roleNounEndingAt(tokens: Token[], end: number, c: ActorCatalogue): { role: Role; text: string; from: number } | undefined {
  for (let k = Math.max(0, end - 3); k < end; k++) {
    const m = c.roleNouns.matchesAt(tokens, k).find((x) => x.to === end);
    if (m) return { role: m.values[0], text: tokens.slice(k, end).map((t) => t.text).join(' '), from: k };
  }
  return undefined;
}
