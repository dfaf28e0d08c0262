// Decides a target where the linker found none in the trigger's own phrase. Rules, tried in order:
//  1. Complement: a verb that takes an infinitive ("threatened to break relations with Russia", "offered to
//     negotiate with Armenia", "vowed to deliver blows to the United States") is aimed at whoever the
//     infinitive's phrase is aimed at — the first actor in it that is an object or follows with/to/against/on/at.
//  2. Object's phrase: "threatened further action against Russia" — aimed at the object's against-phrase; and
//     "rejected calls by Belarus", "dismissed an appeal from the president", "accepted demands from the rebels" —
//     the verb answers whoever made what its object names.
//  3. Condition: a threat is aimed at the subject of its if/unless clause ("… if the United States deploys").
//  4. Domestic: a directed act (demand, protest, threat, force …) whose sentence names, after the trigger, an
//     actor of the source's own country ("demanded the removal of President X", "land seized by Algerian
//     government forces") is aimed at that country: CAMEO codes domestic events with both sides from one country.
//  5. Place: a directed act done in a place after the trigger is aimed at the country the place is in — its
//     population or government ("fired at targets in Jericho", "suspended aid deliveries in Baghdad",
//     "threatened a curfew in Algiers").
// Actors in the sentence's attribution ("…, Pentagon sources said") are never targets here.
// Needs: the linker's arguments, the trigger, the sources it found, the sentence's places. Adds: a target and
// the rule that chose it.
import type { ActorRef, PlaceRef, Token } from '../core/types.ts';
import type { Argument } from './argumentLinker.ts';
import type { TriggerMatch } from './triggerMatcher.ts';

export interface RefinedTarget {
  targets: ActorRef[];
  rule: string;
}

/** Words after an actor that make it a modifier of the next noun: "Turkey based PKK", "Iranian-backed PMU". */
const MODIFYING = new Set(['based', 'backed', 'led', 'sponsored', 'funded', 'supported', 'allied', 'trained', 'armed', 'controlled', 'held', 'run', 'born']);
/** Where a complement's phrase ends: its clause closes, or a condition or contrast opens another. */
const COMPLEMENT_END = new Set([';', ':', '(', ')', 'unless', 'if', 'but', 'which', 'who', 'whom', 'while', 'although', 'whereas', 'because', 'until', 'after', 'before', 'when', 'as']);
/** Words that may come between a verb and its "to"-infinitive: "threatened on Monday to", "offered again to". */
const BRIDGE = new Set(['on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'again', 'also', 'now', 'repeatedly', 'publicly', 'openly', 'formally', 'once', 'not', 'never']);
/** Prepositions that introduce what a complement's act is aimed at. */
const AIMED = new Set(['with', 'to', 'against', 'on', 'at', 'toward', 'towards', 'from']);
/** Roots of acts against someone: their object's with-phrase names whom ("cut all contact with X"). */
const HOSTILE_ROOTS = new Set(['12', '13', '14', '16', '17']);
/** Roots whose acts are aimed at someone even when only the country is named. */
const DIRECTED_ROOTS = new Set(['02', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20']);
/** Determiners and modifiers that may open a noun phrase the infinitive takes as object. */
const NP_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

export function refineTarget(
  tokens: Token[],
  args: Argument[],
  m: TriggerMatch,
  sources: ActorRef[],
  places: PlaceRef[],
  /** Is this token a reporting verb ("said", "reported")? */
  reporting: (t: Token) => boolean,
  /** The linker read the trigger as a passive verb. */
  passive = false,
  /** Is this token a form of a light verb ("staged", "provide")? */
  lightVerb: (t: Token) => boolean = () => false,
): RefinedTarget | undefined {
  const said = (a: Argument) => inAttribution(tokens, a, reporting);
  // "the Turkey-based PKK", "US-backed militias": the modifier is not an argument of its own.
  const candidates = args.filter((a) => !said(a) && !MODIFYING.has(tokens[a.to]?.lower ?? '') && !(tokens[a.to]?.text === '-' && MODIFYING.has(tokens[a.to + 1]?.lower ?? '')));
  const found = complementTarget(tokens, candidates, m, sources) ?? objectAgentTarget(tokens, candidates, m, sources) ?? conditionTarget(tokens, candidates, m, sources);
  // The country-level guesses need a verb in the active voice, or a noun a light verb acts through ("staged
  // demonstrations", "will provide food aid"): a bare noun's place is where it happened ("strikes in Syria" has
  // its own target rules), and a passive's subject was its target.
  const verbal = m.trigger.entry.kind === 'verb' || lightVerbIndex(tokens, m.from, lightVerb) >= 0;
  if (found || !verbal || passive) return found;
  // "U.S.-backed militias": a compound modifier, not a verb with a subject.
  if (tokens[m.from - 1]?.text === '-') return undefined;
  // Places of this sentence where something is done, after a locative preposition — not where it comes from
  // ("strikes from the Incirlik base"), not a country named as an actor ("permitted the US"), not in the attribution.
  const sentenceEnd = tokens[tokens.length - 1].end;
  const where = (start: number) => {
    const i = tokens.findIndex((t) => t.start === start);
    return i > 0 && !saidAt(tokens, start, reporting) && LOCATIVE.has(precedingWord(tokens, i));
  };
  const inSentence = places
    .map((p) => ({ ...p, spans: p.spans.filter((sp) => sp.start < sentenceEnd && sp.start >= tokens[0].start && where(sp.start)) }))
    .filter((p) => p.spans.length);
  return domesticTarget(tokens, candidates, m, sources) ?? placeTarget(tokens, m, sources, inSentence);
}

/** Where the light verb governing the noun at `from` stands (up to four words before it, no preposition or comma
 *  between), or -1. */
export function lightVerbIndex(tokens: Token[], from: number, lightVerb: (t: Token) => boolean): number {
  for (let k = from - 1; k >= Math.max(0, from - 5); k--) {
    if (lightVerb(tokens[k])) return k;
    if (tokens[k].text === ',' || COMPLEMENT_END.has(tokens[k].lower) || AIMED.has(tokens[k].lower) || tokens[k].lower === 'of') return -1;
  }
  return -1;
}

/** The word before a place name, skipping "the" and direction words ("in northern Syria" → "in"). */
function precedingWord(tokens: Token[], i: number): string {
  let k = i - 1;
  while (k >= 0 && (PLACE_MODIFIERS.has(tokens[k].lower) || /^\p{Lu}/u.test(tokens[k].text))) k--;
  return tokens[k]?.lower ?? '';
}
const LOCATIVE = new Set(['in', 'at', 'on', 'near', 'into', 'inside', 'across', 'over', 'outside', 'around', 'throughout', 'against']);
const PLACE_MODIFIERS = new Set(['the', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'north-east', 'north-west', 'south-east', 'south-west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'air', 'base', 'town', 'city', 'village', 'province', 'region', 'of']);

/** "…, Pentagon sources said", "according to Israeli officials", "said a spokesman for X": who reports, not who is acted on. */
function inAttribution(tokens: Token[], a: Argument, reporting: (t: Token) => boolean): boolean {
  return saidAt(tokens, tokens[a.from].start, reporting);
}
function saidAt(tokens: Token[], start: number, reporting: (t: Token) => boolean): boolean {
  const i = tokens.findIndex((t) => t.start >= start);
  if (i < 0) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    if (reporting(tokens[k])) return true;
    if (tokens[k].text === ',' || tokens[k].lower === 'that') break;
  }
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (reporting(tokens[k]) || (tokens[k].lower === 'to' && tokens[k - 1]?.lower === 'according')) return true;
    if (tokens[k].text === ',') break;
  }
  return false;
}

function complementTarget(tokens: Token[], args: Argument[], m: TriggerMatch, sources: ActorRef[]): RefinedTarget | undefined {
  if (m.trigger.entry.kind !== 'verb') return undefined;
  let k = m.to;
  while (k < tokens.length && k - m.to < 4 && BRIDGE.has(tokens[k].lower)) k++;
  if (tokens[k]?.lower !== 'to' || !/^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')) return undefined;
  const found = infinitiveTarget(tokens, args, k + 1, new Set(sources.map((s) => s.id)), { window: 14, stop: COMPLEMENT_END, stopAtComma: false, aimed: AIMED, object: true, skipLocative: false });
  return found && { targets: found.targets, rule: `complement:${found.via}` };
}

/** How infinitiveTarget scans a phrase: how far, where it stops, which prepositions aim, whether the object counts. */
export interface PhraseScan {
  window: number;
  stop: Set<string>;
  stopAtComma: boolean;
  aimed: Set<string>;
  /** The infinitive's own object ("to attack Iraq") may be the target. */
  object: boolean;
  skipLocative: boolean;
}

/**
 * The first actor the phrase of the infinitive at `verb` is aimed at: its object ("to break the ties", "to attack
 * Iraq") or one after an aiming preposition ("to negotiate with Armenia"); not one of the sources.
 */
export function infinitiveTarget(tokens: Token[], args: Argument[], verb: number, sourceIds: Set<string>, o: PhraseScan): { targets: ActorRef[]; via: string } | undefined {
  for (let j = verb + 1; j < tokens.length && j - verb <= o.window; j++) {
    if (o.stop.has(tokens[j].lower) || (o.stopAtComma && tokens[j].text === ',')) return undefined;
    const a = args.find((x) => x.from === j);
    if (!a || (o.skipLocative && a.locative)) continue;
    let g = j - 1;
    while (g > verb && NP_OPENERS.has(tokens[g].lower)) g--;
    const object = g === verb;
    if (object ? !o.object : !o.aimed.has(tokens[g].lower)) continue;
    const targets = a.actors.filter((x) => !sourceIds.has(x.id));
    if (targets.length) return { targets, via: object ? 'object' : tokens[g].lower };
  }
  return undefined;
}

/**
 * A threat is aimed at whoever must meet its condition: "Russia threatened to stop the talks if the United States
 * deployed the missiles" is a threat to the United States — the subject of the if/unless clause.
 */
function conditionTarget(tokens: Token[], args: Argument[], m: TriggerMatch, sources: ActorRef[]): RefinedTarget | undefined {
  if (m.trigger.entry.cameo.slice(0, 2) !== '13') return undefined;
  const cond = tokens.findIndex((t, i) => i >= m.to && (t.lower === 'if' || t.lower === 'unless'));
  if (cond < 0 || cond - m.to > 20) return undefined;
  let j = cond + 1;
  while (j < tokens.length && NP_OPENERS.has(tokens[j].lower)) j++;
  const a = args.find((x) => x.from === j);
  const sourceIds = new Set(sources.map((s) => s.id));
  const targets = a?.actors.filter((x) => !sourceIds.has(x.id)) ?? [];
  return targets.length ? { targets, rule: `condition:${tokens[cond].lower}` } : undefined;
}

/** Nouns naming what someone asked or offered: a verb that answers one is aimed at whoever made it. */
const PROPOSAL_NOUNS = new Set(['call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'request', 'requests', 'offer', 'offers', 'proposal', 'proposals', 'invitation', 'invitations', 'plea', 'pleas', 'admission', 'ultimatum', 'plan', 'initiative']);

function objectAgentTarget(tokens: Token[], args: Argument[], m: TriggerMatch, sources: ActorRef[]): RefinedTarget | undefined {
  if (m.trigger.entry.kind !== 'verb') return undefined;
  const sourceIds = new Set(sources.map((s) => s.id));
  // "threatened further action against Russia", "mobilized reservists for a possible war against Iraq": the
  // object's against-phrase; and for hostile acts its with-phrase ("boycott all official contact with the US").
  const hostile = HOSTILE_ROOTS.has(m.trigger.entry.cameo.slice(0, 2));
  for (let k = m.to; k < Math.min(tokens.length - 1, m.to + 8); k++) {
    if (COMPLEMENT_END.has(tokens[k].lower) || tokens[k].text === ',') break;
    if (tokens[k].lower !== 'against' && !(hostile && tokens[k].lower === 'with')) continue;
    let j = k + 1;
    while (j < tokens.length && NP_OPENERS.has(tokens[j].lower)) j++;
    const a = args.find((x) => x.from === j);
    const targets = a?.actors.filter((x) => !sourceIds.has(x.id)) ?? [];
    if (targets.length) return { targets, rule: 'object-against' };
    break;
  }
  // The object's head noun within a few words of the verb, then "by"/"from" and an actor.
  for (let k = m.from; k < Math.min(tokens.length - 2, m.to + 5); k++) {
    if (!PROPOSAL_NOUNS.has(tokens[k].lower)) continue;
    let j = k + 1;
    // "calls by Belarus's rulers for …", "an appeal from President X to …"
    if (!['by', 'from'].includes(tokens[j]?.lower ?? '')) continue;
    j++;
    while (j < tokens.length && NP_OPENERS.has(tokens[j].lower)) j++;
    const a = args.find((x) => x.from <= j && x.to > j) ?? args.find((x) => x.from === j);
    const targets = a?.actors.filter((x) => !sourceIds.has(x.id)) ?? [];
    if (targets.length) return { targets, rule: `object-agent:${tokens[k].lower} ${tokens[k + 1].lower}` };
  }
  return undefined;
}

/** The one country the sources belong to (a state, or a group's home country). */
function homeOf(sources: ActorRef[]): string | undefined {
  const home = new Set(sources.map((s) => (s.type === 'state' ? s.id : s.country)).filter((x): x is string => !!x));
  return home.size === 1 ? [...home][0] : undefined;
}

/** Where the trigger's reach ends: another clause, a contrast or a condition. */
function reachEnd(tokens: Token[], m: TriggerMatch): number {
  return tokens.find((t, i) => i >= m.to && (t.text === ';' || REACH_END.has(t.lower)))?.start ?? Infinity;
}
const REACH_END = new Set(['but', 'while', 'although', 'whereas', 'if', 'unless', 'as', 'after', 'because']);

function domesticTarget(tokens: Token[], args: Argument[], m: TriggerMatch, sources: ActorRef[]): RefinedTarget | undefined {
  if (!DIRECTED_ROOTS.has(m.trigger.entry.cameo.slice(0, 2))) return undefined;
  const country = homeOf(sources);
  if (!country) return undefined;
  const stop = reachEnd(tokens, m);
  // An actor of that country after the trigger, other than the source itself in the same role.
  for (const a of args) {
    if (a.from < m.to || tokens[a.from].start >= stop) continue;
    const same = a.actors.find((x) => (x.type === 'state' ? x.id : x.country) === country && !sources.some((s) => s.id === x.id && (s.role ?? '') === (x.role ?? '')));
    if (same) return { targets: [same], rule: 'domestic:actor' };
  }
  return undefined;
}

/** Roots whose act, done in a place, is aimed at that place's country: the directed ones, and aid. */
const PLACE_ROOTS = new Set([...DIRECTED_ROOTS, '07']);

function placeTarget(tokens: Token[], m: TriggerMatch, sources: ActorRef[], places: PlaceRef[]): RefinedTarget | undefined {
  if (!PLACE_ROOTS.has(m.trigger.entry.cameo.slice(0, 2))) return undefined;
  const home = homeOf(sources);
  const after = tokens[m.to - 1].end;
  const stop = reachEnd(tokens, m);
  const place = places
    .filter((p) => p.country && p.spans.some((s) => s.start >= after && s.start < stop))
    .sort((a, b) => Math.min(...a.spans.map((s) => s.start)) - Math.min(...b.spans.map((s) => s.start)))[0];
  if (!place?.country) return undefined;
  // In the source's own country the act is domestic: only a source with a role (its government, police, army)
  // acts on the country as a whole without acting on itself.
  if (place.country === home && !sources.some((s) => s.role)) return undefined;
  return { targets: [{ id: place.country, type: 'state', name: place.country }], rule: `${place.country === home ? 'domestic' : 'locative'}:place ${place.name}` };
}
