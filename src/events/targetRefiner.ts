// Decides a target where the linker found none in the trigger's own phrase. Two rules, tried in order:
//  1. Complement: a verb that takes an infinitive ("threatened to break relations with Russia", "offered to
//     negotiate with Armenia", "vowed to deliver blows to the United States") is aimed at whoever the
//     infinitive's phrase is aimed at — the first actor in it that is an object or follows with/to/against/on/at.
//  2. Domestic: a directed act (demand, protest, threat, force …) whose sentence names, after the trigger, an
//     actor of the source's own country or a place inside it ("demanded the removal of President X",
//     "threatened a curfew in Algiers", "land seized by Algerian government forces") is aimed at that country:
//     CAMEO codes domestic events with both sides from the one country.
// Needs: the linker's arguments, the trigger, the sources it found, the sentence's places. Adds: a target and
// the rule that chose it.
import type { ActorRef, PlaceRef, Token } from '../core/types.ts';
import type { Argument } from './argumentLinker.ts';
import type { TriggerMatch } from './triggerMatcher.ts';

export interface RefinedTarget {
  targets: ActorRef[];
  rule: string;
}

/** Where a complement's phrase ends: its clause closes, or a condition or contrast opens another. */
const COMPLEMENT_END = new Set([';', ':', '(', ')', 'unless', 'if', 'but', 'which', 'who', 'whom', 'while', 'although', 'whereas', 'because', 'until', 'after', 'before', 'when', 'as']);
/** Words that may come between a verb and its "to"-infinitive: "threatened on Monday to", "offered again to". */
const BRIDGE = new Set(['on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'again', 'also', 'now', 'repeatedly', 'publicly', 'openly', 'formally', 'once', 'not', 'never']);
/** Prepositions that introduce what a complement's act is aimed at. */
const AIMED = new Set(['with', 'to', 'against', 'on', 'at', 'toward', 'towards', 'from']);
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
): RefinedTarget | undefined {
  return complementTarget(tokens, args, m, sources) ?? domesticTarget(tokens, args, m, sources, places);
}

function complementTarget(tokens: Token[], args: Argument[], m: TriggerMatch, sources: ActorRef[]): RefinedTarget | undefined {
  if (m.trigger.entry.kind !== 'verb') return undefined;
  let k = m.to;
  while (k < tokens.length && k - m.to < 4 && BRIDGE.has(tokens[k].lower)) k++;
  if (tokens[k]?.lower !== 'to' || !/^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')) return undefined;
  const verb = k + 1;
  const sourceIds = new Set(sources.map((s) => s.id));
  for (let j = verb + 1; j < tokens.length && j - verb <= 14; j++) {
    if (COMPLEMENT_END.has(tokens[j].lower)) return undefined;
    const a = args.find((x) => x.from === j);
    if (!a) continue;
    let g = j - 1;
    while (g > verb && NP_OPENERS.has(tokens[g].lower)) g--;
    const object = g === verb; // "to break the ties" … "to attack Iraq": the infinitive's own object
    if (!object && !AIMED.has(tokens[g].lower)) continue;
    const targets = a.actors.filter((x) => !sourceIds.has(x.id));
    if (targets.length) return { targets, rule: `complement:${object ? 'object' : tokens[g].lower}` };
  }
  return undefined;
}

function domesticTarget(tokens: Token[], args: Argument[], m: TriggerMatch, sources: ActorRef[], places: PlaceRef[]): RefinedTarget | undefined {
  if (!DIRECTED_ROOTS.has(m.trigger.entry.cameo.slice(0, 2))) return undefined;
  const home = new Set(sources.map((s) => (s.type === 'state' ? s.id : s.country)).filter((x): x is string => !!x));
  if (home.size !== 1) return undefined;
  const [country] = home;
  const after = tokens[m.to - 1].end;
  const stop = tokens.find((t, i) => i >= m.to && (t.text === ';' || ['but', 'while', 'although', 'whereas'].includes(t.lower)))?.start ?? Infinity;
  // An actor of that country after the trigger, other than the source itself in the same role.
  for (const a of args) {
    if (a.from < m.to || tokens[a.from].start >= stop) continue;
    const same = a.actors.find((x) => (x.type === 'state' ? x.id : x.country) === country && !sources.some((s) => s.id === x.id && (s.role ?? '') === (x.role ?? '')));
    if (same) return { targets: [same], rule: 'domestic:actor' };
  }
  // A place inside it: the country itself, without a role.
  const place = places.find((p) => p.country === country && p.spans.some((s) => s.start >= after && s.start < stop));
  if (place && sources.some((s) => s.role)) return { targets: [{ id: country, type: 'state', name: country }], rule: `domestic:place ${place.name}` };
  return undefined;
}
