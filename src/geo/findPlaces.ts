// The geo stage: toponyms proposed (placeMatcher), resolved (placeResolver), and gathered into the article's
// places, one per place with every span that names it.
import type { PlaceRef, Span } from '../core/types.ts';
import type { Gazetteer, GazetteerPlace } from './gazetteer.ts';
import { proposeToponyms, type SentenceTokens } from './placeMatcher.ts';
import { resolveToponyms } from './placeResolver.ts';

export function findPlaces(text: string, sentences: SentenceTokens[], gazetteer: Gazetteer, articleCountries: Set<string>): PlaceRef[] {
  const toponyms = proposeToponyms(text, sentences, gazetteer);
  const byId = new Map<string, PlaceRef>();
  const add = (p: GazetteerPlace, text: string, span: Span, rule: string) => {
    const have = byId.get(p.id);
    if (have) {
      have.spans.push(span);
      return;
    }
    byId.set(p.id, {
      text,
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      ...(p.country ? { country: p.country } : {}),
      ...(p.geonameid ? { geonameid: p.geonameid } : {}),
      featureCode: p.featureCode,
      spans: [span],
      rule,
    });
  };
  for (const { toponym: t, place, whole, rule } of resolveToponyms(toponyms, gazetteer, articleCountries)) {
    // "northern Syria" names Syria too: the area first, then its part.
    if (whole && t.direction) add(whole, text.slice(t.direction.baseStart, t.end), { start: t.direction.baseStart, end: t.end }, rule);
    add(place, t.text, { start: t.start, end: t.end }, rule);
  }
  return [...byId.values()];
}
