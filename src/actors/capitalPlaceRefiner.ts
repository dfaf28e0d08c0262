// A capital's name the geo stage resolved to a town in another country is no actor of the capital's state:
// "police in Paris, Texas" are not France's. The actor stage reads capitals before places are resolved; this
// refiner, run after the geo stage, drops such mentions (recording why) so that events and the article's actor
// list do not take France for a Texan town.
// Needs: the refined sentences and the resolved places. Changes: capital mentions whose place is elsewhere.
import type { PlaceRef } from '../core/types.ts';
import type { RefinedSentence } from './actorRefiner.ts';

export function dropCapitalsPlacedElsewhere(sentences: RefinedSentence[], places: PlaceRef[]): RefinedSentence[] {
  const countryAt = new Map<number, { country: string; name: string }>();
  for (const p of places) if (p.country) for (const s of p.spans) countryAt.set(s.start, { country: p.country, name: p.name });
  return sentences.map((s) => {
    const kept = s.mentions.filter((m) => {
      if (m.kind !== 'capital' || m.actor.type !== 'state') return true;
      const place = countryAt.get(m.start);
      if (!place || place.country === m.actor.id) return true;
      s.dropped.push({ start: m.start, end: m.end, text: m.text, why: `a place in ${place.country} here (${place.name}), not ${m.actor.name}'s capital` });
      return false;
    });
    return kept.length === s.mentions.length ? s : { ...s, mentions: kept };
  });
}
