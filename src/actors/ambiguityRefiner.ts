// Decides what a name shared by a state and something else means (data/actors/ambiguity.json):
//   "Georgia and Russia" → the state; "Georgia's governor in Atlanta" → the US state, no actor;
//   "the Jordan River", "Lake Chad", "the Niger Delta" → a river, a lake, a region;
//   "Michael Jordan", "Chad Smith said" → part of a person's name.
// Order: a cue right before or after the name, then a first or last name next to it, then words elsewhere in
// the sentence confirming the state, then words suggesting another reading. A "sticky" reading (the US state)
// holds for the rest of the article once found (one sense per discourse); a local one (a river) does not.
import type { Sentence, Token } from '../core/types.ts';
import type { ActorCatalogue } from './actorCatalogue.ts';
import type { ProposedMention } from './actorMatcher.ts';
import { fold } from '../core/text.ts';
import { nameEnd } from './personMatcher.ts';

export type AmbiguityDecision =
  | { reading: 'actor'; cue?: string }
  | { reading: 'person'; from: number; to: number; cue: string }
  | { reading: 'other'; label: string; cue: string };

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'-]*$/u;

export function ambiguousReading(
  tokens: Token[],
  sentence: Sentence,
  p: ProposedMention,
  proposals: ProposedMention[],
  c: ActorCatalogue,
  /** Readings decided by context earlier in the article, by folded alias. */
  memory: Map<string, string>,
): AmbiguityDecision {
  const written = fold(tokens.slice(p.from, p.to).map((t) => t.text).join(' '));
  const cues = c.cues.ambiguous.get(written);
  if (!cues || cues.actor !== p.entry?.actor.id) return { reading: 'actor' };

  for (const r of cues.readings) {
    const before = r.previous.endingAt(tokens, p.from);
    const after = before ? undefined : r.next.startingAt(tokens, p.to);
    if (before || after) {
      if (r.sticky) memory.set(written, r.reading);
      return { reading: 'other', label: r.reading, cue: before ? `"${before.text}" before` : `"${after!.text}" after` };
    }
  }

  if (cues.personName) {
    const covered = (k: number) => proposals.some((q) => q !== p && q.from <= k && k < q.to);
    const isName = (k: number) =>
      !!tokens[k] && NAME_WORD.test(tokens[k].text) && !c.cues.notNameWords.has(tokens[k].lower) && !covered(k) && !c.titles.matchesAt(tokens, k).length && !c.roleNouns.matchesAt(tokens, k).length;
    // "Michael Jordan": a first name right before.
    if (isName(p.from - 1)) {
      let from = p.from - 1;
      while (isName(from - 1)) from--;
      return { reading: 'person', from, to: p.to, cue: `name "${tokens[p.from - 1].text}" before` };
    }
    // "Chad Smith said": a surname right after (not in a title-case headline).
    if (!sentence.headline && isName(p.to) && tokens[p.to + 1]?.text !== '-') {
      let to = nameEnd(tokens, p.to);
      while (to > p.to && covered(to - 1)) to--;
      return { reading: 'person', from: p.from, to, cue: `name "${tokens[p.to].text}" after` };
    }
  }

  const has = (set: { startingAt: (t: Token[], i: number) => { text: string } | undefined }) => {
    for (let i = 0; i < tokens.length; i++) {
      if (i >= p.from && i < p.to) continue;
      const m = set.startingAt(tokens, i);
      if (m) return m.text;
    }
    return undefined;
  };
  const confirm = has(cues.actorContext);
  if (confirm) return { reading: 'actor', cue: `"${confirm}" in the sentence` };
  for (const r of cues.readings) {
    const ctx = has(r.context);
    if (ctx) {
      if (r.sticky) memory.set(written, r.reading);
      return { reading: 'other', label: r.reading, cue: `"${ctx}" in the sentence` };
    }
  }
  const earlier = memory.get(written);
  if (earlier) return { reading: 'other', label: earlier, cue: 'read so earlier in the article' };
  return { reading: 'actor' };
}
