// Decides the role (CAMEO agent code) an actor mention takes from the words around it:
//   "the Turkish army" → MIL, "Turkey's foreign minister" → GOV, "US defense officials" → GOV,
//   "the pro-government Turkish outlet" → MED (a "pro-government" compound is no role word),
//   "US and Turkish officials" → both GOV, "anti-government forces in Syria" → Syria as REB,
//   "U.S.-backed militias" → the US backs them and takes none of their role,
//   "Israeli time", "the Turkish lira" → no actor; "Syrian territory", "the Turkish border" → a place.
// Role words are data/actors/roles.json; the cues around them data/actors/context.json ("roles", "demonymHeads").
import type { Mention, Role, Token } from '../core/types.ts';
import type { ActorCatalogue } from './actorCatalogue.ts';
import type { ProposedMention } from './actorMatcher.ts';

export interface RoleDecision {
  role?: Role;
  /** The words that gave the role (or took the actor away). */
  cue?: string;
  /** Token range of the role noun phrase. */
  noun?: { from: number; to: number };
  /** The role noun names one person ("official", "spokesman"): "he" may refer back to it. */
  personNoun?: boolean;
  /** "U.S.-backed": the actor only backs what follows. */
  backer?: boolean;
  /** "Israeli time" names no actor; "Syrian territory" is a place of the state (still the state). */
  head?: 'place' | 'nonActor';
}

const STOP = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'that', 'which', 'who', 'as', 'than', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'said', 'says']);
const isPunct = (t: Token | undefined) => !!t && /^\p{P}$/u.test(t.text) && t.text !== '-';

/** The role words after a mention: "Turkish army", "Turkey's foreign minister", "the pro-government Turkish outlet". */
export function roleAfter(tokens: Token[], p: ProposedMention, c: ActorCatalogue): RoleDecision {
  const e = p.entry!;
  const cues = c.cues;
  const to = p.to;
  if (tokens[to]?.text === '-' && tokens[to + 1] && cues.backedWords.has(tokens[to + 1].lower)) return { backer: true, cue: `-${tokens[to + 1].lower}` };
  const adjective = e.kind === 'demonym';
  if (adjective || e.kind === 'national') {
    // "Iraqi Turkmen", "Syrian Armenians": after another state's demonym, a people, not a state.
    const prev = p.from > 0 ? c.aliases.matchesAt(tokens, p.from - 1).find((m) => m.to === p.from) : undefined;
    const other = prev?.values.find((v) => v.kind === 'demonym' && v.actor.id !== e.actor.id);
    if (other && /^\p{Lu}/u.test(tokens[p.from - 1].text)) return { head: 'nonActor', cue: `${tokens[p.from - 1].text} ${tokens.slice(p.from, p.to).map((t) => t.text).join(' ')}: a people` };
  }
  if (adjective) {
    const non = cues.demonymNonActorHeads.startingAt(tokens, to);
    if (non) return { head: 'nonActor', cue: non.text };
    const place = cues.demonymPlaceHeads.startingAt(tokens, to);
    if (place) return { head: 'place', cue: place.text };
  }
  let k = to;
  if (tokens[k]?.text === "'s") k++;
  const possessive = k > to;
  // A name takes a role only from the role noun right after it (or after its possessive), modifiers allowed
  // between ("US defense officials"); an adjective from one a few words on ("Syrian Kurdish fighters").
  const loose = adjective || possessive;
  let skipped = 0;
  while (k < tokens.length && skipped <= 3) {
    if (cues.compoundPrefixes.has(tokens[k].lower) && tokens[k + 1]?.text === '-' && tokens[k + 2]) {
      k += 3; // "pro-government", "anti-Western": an adjective, not a role word
      skipped++;
      continue;
    }
    const m = c.roleNouns.matchesAt(tokens, k)[0];
    if (m) {
      // "Turkish opposition figure", "Iranian government official": a noun for one person may follow the role word.
      const person = cues.personNouns.endingAt(tokens, m.to) ? undefined : cues.personNouns.startingAt(tokens, m.to);
      const end = person?.to ?? m.to;
      return {
        role: m.values[0],
        cue: tokens.slice(k, end).map((t) => t.text).join(' '),
        noun: { from: k, to: end },
        personNoun: !!cues.personNouns.endingAt(tokens, end) && isSingular(tokens[end - 1]),
      };
    }
    const mod = cues.roleModifiers.startingAt(tokens, k);
    if (mod) {
      k = mod.to;
      skipped++;
      continue;
    }
    if (!loose || isPunct(tokens[k]) || STOP.has(tokens[k].lower) || skipped >= 2) return {};
    k++;
    skipped++;
  }
  return {};
}

const isSingular = (t: Token) => !/s$/.test(t.lower) || /(ss|us|is)$/.test(t.lower);

/**
 * "anti-government forces in Syria", "rebels in Syria", "the opposition in Turkey": a role that belongs to the
 * state it is in (unlike "troops in Syria"), when no other actor owns the phrase ("ISIS fighters in Syria").
 */
export function domesticRole(tokens: Token[], p: ProposedMention, proposals: ProposedMention[], c: ActorCatalogue): { role: Role; from: number; to: number; text: string } | undefined {
  if (p.entry?.actor.type !== 'state' || p.entry.kind !== 'name') return undefined;
  let k = p.from;
  if (tokens[k - 1]?.lower === 'the') k--;
  if (!c.cues.domesticPrepositions.has(tokens[k - 1]?.lower ?? '')) return undefined;
  const end = k - 1;
  const phrase = c.cues.domesticPhrases.endingAt(tokens, end);
  let found: { role: Role; from: number } | undefined = phrase ? { role: phrase.value, from: phrase.from } : undefined;
  if (!found) {
    for (let j = Math.max(0, end - 3); j < end && !found; j++) {
      const m = c.roleNouns.matchesAt(tokens, j).find((x) => x.to === end && c.cues.domesticRoles.has(x.values[0]));
      if (m) found = { role: m.values[0], from: j };
    }
  }
  if (!found) return undefined;
  let start = found.from;
  while (start > 0 && (c.cues.roleModifiers.has(tokens[start - 1].lower) || c.cues.compoundPrefixes.has(tokens[start - 1].lower))) start--;
  const owner = proposals.find((q) => q !== p && (q.entry || q.person) && (q.to === start || (q.to === start - 1 && tokens[q.to].text === "'s")));
  if (owner) return undefined;
  return { role: found.role, from: found.from, to: end, text: tokens.slice(found.from, end).map((t) => t.text).join(' ') };
}

/**
 * "US and Turkish officials", "Iranian and Iraqi troops": coordinated actors share the role noun of the last.
 * Mentions are those of one sentence, in order; returns them with the role given to those that lacked one.
 */
export function shareCoordinatedRoles(text: string, mentions: Mention[]): Mention[] {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a.actor.type !== 'state' || a.actor.role || a.locative || !b.actor.role || b.actor.type !== 'state' || !/\+role:/.test(b.rule)) continue;
    if (!/^\s*(and|,|&|, and|or)\s*$/i.test(text.slice(a.end, b.start))) continue;
    if (text.startsWith("'s", b.end)) continue; // "Iran and Turkey's President": the president is Turkey's only
    mentions[i] = { ...a, actor: { ...a.actor, role: b.actor.role }, rule: `${a.rule}+role:${b.actor.role}(shared with "${b.text}")` };
  }
  return mentions;
}
