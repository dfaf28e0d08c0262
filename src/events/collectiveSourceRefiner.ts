// A source for a trigger whose subject is a collective noun the actor stage could not tie to anyone: "Islamic
// fundamentalists continued their hunger strike to demand the resignation of Algerian President Ben Bella",
// "Striking miners blocked the roads to demand the resignation of the Bolivian mining minister". When the sentence
// names one state and no other (as an actor or a person's affiliation), the collective acts as that state's population,
// with the role its noun gives (data/actors/roles.json: workers CVL, fundamentalists REB …) — as CAMEO codes
// unnamed domestic actors. A sentence naming two states or more gives no such source.
// Needs: the sentence's tokens and mentions, the trigger, the catalogue's role nouns. Adds: a source or a target.
import type { ActorRef, Mention, Role, Token } from '../core/types.ts';
import type { PhraseIndex } from '../nlp/phraseIndex.ts';
import type { TriggerMatch } from './triggerMatcher.ts';

/** Words that may stand between the collective subject and its verb: "have", "are continuing", "also". */
const BETWEEN = new Set(['have', 'has', 'had', 'are', 'is', 'were', 'was', 'been', 'be', 'will', 'would', 'also', 'still', 'now', 'again', 'reportedly', 'then', 'today', 'yesterday', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const PASSIVE_AUX = new Set(['been', 'was', 'were', 'is', 'are', 'be', 'being', 'get', 'got']);

export function collectiveSource(
  tokens: Token[],
  mentions: Mention[],
  m: TriggerMatch,
  clauseStart: number,
  roleNouns: PhraseIndex<Role>,
  /** Where the verb stands: the trigger, or the light verb a noun trigger acts through ("continued their hunger strike"). */
  verbAt = m.from,
  /** The state the article is set in (settingRefiner), for "the government" in a sentence naming none. */
  setting?: string,
): { source: ActorRef; rule: string } | undefined {
  // Not a passive ("militants had been killed"): its subject is the one acted on.
  if (PASSIVE_AUX.has(tokens[verbAt - 1]?.lower ?? '') && !/ing$/.test(tokens[verbAt].lower)) return undefined;
  // The collective noun ends right before the verb (or its auxiliaries) and starts in the clause.
  let end = verbAt;
  while (end > clauseStart && BETWEEN.has(tokens[end - 1].lower)) end--;
  let found: { role: Role; noun: string } | undefined;
  for (let k = Math.max(clauseStart, end - 4); k < end && !found; k++) {
    const hit = roleNouns.matchesAt(tokens, k).find((x) => x.to === end);
    // "a press release": after an indefinite article the noun modifies the next word; it is no subject.
    if (hit && !['a', 'an'].includes(tokens[k - 1]?.lower ?? '')) found = { role: hit.values[0], noun: tokens.slice(k, end).map((t) => t.text).join(' ') };
  }
  if (!found) return undefined;
  const id = onlyState(mentions);
  if (id) return { source: { id, type: 'state', name: id, role: found.role }, rule: `source:collective("${found.noun}" in ${id})` };
  // "The government accused …", "the army said …" in a sentence naming no state: the state's organ is the
  // article's own state, the one it is set in.
  const definite = tokens[end - found.noun.split(' ').length - 1]?.lower === 'the';
  if (setting && definite && STATE_ORGANS.has(found.role) && !mentions.some((x) => x.actor.type === 'state' || x.affiliation?.type === 'state')) {
    return { source: { id: setting, type: 'state', name: setting, role: found.role }, rule: `source:collective("the ${found.noun}" of the article's ${setting})` };
  }
  return undefined;
}

/** Roles of a state's own organs: "the government", "the army", "the police", "the courts", "parliament". */
const STATE_ORGANS = new Set<Role>(['GOV', 'MIL', 'COP', 'JUD', 'LEG']);

/**
 * A target for a trigger of the source's own state with none named: a collective noun after it in the clause
 * ("opened fire to disperse fundamentalist demonstrators"), in a sentence naming that state and no other.
 */
export function collectiveTarget(
  tokens: Token[],
  mentions: Mention[],
  m: TriggerMatch,
  source: ActorRef,
  roleNouns: PhraseIndex<Role>,
): { target: ActorRef; rule: string } | undefined {
  if (source.type !== 'state') return undefined;
  for (let k = m.to; k < Math.min(tokens.length, m.to + 8); k++) {
    // Not across a clause ("demanded that the troops leave": whose troops the sentence does not say).
    if ([',', ';', ':', 'that', 'which', 'who'].includes(tokens[k].lower) || mentions.some((x) => x.start === tokens[k].start)) return undefined;
    const hit = roleNouns.matchesAt(tokens, k)[0];
    if (!hit || hit.values[0] === source.role) continue;
    // "the protesters", "those fighters": a definite noun refers back to someone the sentence may not name.
    if (['the', 'those', 'these', 'its', 'their'].includes(tokens[k - 1]?.lower ?? '')) return undefined;
    if (onlyState(mentions) !== source.id) return undefined;
    const noun = tokens.slice(k, hit.to).map((t) => t.text).join(' ');
    return { target: { id: source.id, type: 'state', name: source.name, role: hit.values[0] }, rule: `target:collective("${noun}" in ${source.id})` };
  }
  return undefined;
}

/**
 * The one state a sentence names as an actor (a state, a person's affiliation, a group's home), if only one.
 * Places do not count: "a preacher living in Pennsylvania" does not make a sentence American.
 */
function onlyState(mentions: Mention[]): string | undefined {
  const states = new Set<string>();
  for (const x of mentions) {
    const id = x.actor.type === 'state' ? x.actor.id : x.affiliation?.type === 'state' ? x.affiliation.id : x.actor.country;
    if (id) states.add(id);
  }
  return states.size === 1 ? [...states][0] : undefined;
}
