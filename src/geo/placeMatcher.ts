// Finds toponyms and resolves them to places. Proposes every capitalised gazetteer match that is not part of
// a non-place actor mention (a person, a group, a demonym); decides between same-named places by the
// countries the article is about, then population. A small place must earn its reading: it is kept only in
// an article about its country or after a locative word ("in", "near", "city of").
import type { Mention, PlaceRef, Token } from '../core/types.ts';
import { isCapitalised } from '../core/text.ts';
import type { Gazetteer, GazetteerPlace } from './gazetteer.ts';

const LOCATIVE = new Set(['in', 'at', 'near', 'to', 'from', 'into', 'outside', 'around', 'of', 'across', 'toward', 'towards', 'via', 'inside', 'city', 'town', 'village', 'province', 'base']);
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'as', 'in', 'on', 'at', 'by', 'for', 'with', 'of', 'to', 'both', 'all', 'any', 'our', 'his', 'her', 'their', 'its', 'after', 'before', 'while', 'since', 'during', 'when', 'if', 'then', 'there', 'here']);

export interface SentenceTokens {
  tokens: Token[];
  mentions: Mention[];
}

export function matchPlaces(text: string, sentences: SentenceTokens[], gazetteer: Gazetteer, articleCountries: Set<string>): PlaceRef[] {
  const byKey = new Map<string, PlaceRef>();
  for (const { tokens, mentions } of sentences) {
    // A place name inside an actor's name ("Kurdistan Workers' Party") or a person's is no place; a state's
    // own name or a capital may still be one.
    const blocked = (start: number, end: number) =>
      mentions.some(
        (m) => m.start < end && m.end > start && !(m.actor.type === 'state' && (m.kind === 'capital' || m.kind === 'name') && m.start >= start && m.end <= end),
      );
    const countryAt = (start: number, end: number) => mentions.find((m) => m.start === start && m.end === end && m.kind === 'name' && m.actor.type === 'state');
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!isCapitalised(t.text) || STOP.has(t.lower)) continue;
      const start = t.start;
      // A country named as a place: "strikes in Syria", "a visit to Turkey".
      // Every word capitalised, but for joining particles and punctuation: "Deir ez-Zor", "Mazar-i-Sharif", "Sana'a".
      const match = gazetteer.index.matchesAt(tokens, i, (_p, from, to) =>
        tokens.slice(from, to).every((x) => isCapitalised(x.text) || /^[-'’]$/.test(x.text) || /^(al|as|ar|ad|an|ash|el|ez|es|az|de|of|i|e|ul|ur|bin)$/.test(x.text)),
      )[0];
      const locative = i > 0 && LOCATIVE.has(tokens[i - 1].lower);
      if (!match) {
        const country = mentions.find((m) => m.start === start && m.kind === 'name' && m.actor.type === 'state');
        if (country && locative) add(byKey, gazetteer.countries.get(country.actor.id), text, country.start, country.end, 'country-after-locative');
        continue;
      }
      const end = tokens[match.to - 1].end;
      if (blocked(start, end)) {
        i = match.to - 1;
        continue;
      }
      const state = countryAt(start, end);
      if (state) {
        if (locative) add(byKey, gazetteer.countries.get(state.actor.id), text, start, end, 'country-after-locative');
        i = match.to - 1;
        continue;
      }
      const best = choose(match.values, articleCountries, locative);
      if (best) add(byKey, best, text, start, end, best.origin === 'supplement' ? 'gazetteer:supplement' : 'gazetteer:geonames');
      i = match.to - 1;
    }
  }
  return [...byKey.values()];
}

function choose(cands: GazetteerPlace[], articleCountries: Set<string>, locative: boolean): GazetteerPlace | undefined {
  const score = (p: GazetteerPlace) =>
    (p.country && articleCountries.has(p.country) ? 1e10 : 0) + (p.origin === 'supplement' ? 1e9 : 0) + p.population;
  const best = [...cands].sort((a, b) => score(b) - score(a))[0];
  if (!best) return undefined;
  const inArticleCountry = !!best.country && articleCountries.has(best.country);
  if (inArticleCountry || best.origin === 'supplement' || best.population >= 500_000) return best;
  if (locative && best.population >= 20_000) return best;
  return undefined;
}

function add(byKey: Map<string, PlaceRef>, p: GazetteerPlace | undefined, text: string, start: number, end: number, rule: string) {
  if (!p) return;
  const key = `${p.name}|${p.lat}|${p.lon}`;
  const have = byKey.get(key);
  if (have) {
    have.spans.push({ start, end });
    return;
  }
  byKey.set(key, {
    text: text.slice(start, end),
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    ...(p.country ? { country: p.country } : {}),
    ...(p.geonameid ? { geonameid: p.geonameid } : {}),
    featureCode: p.featureCode,
    spans: [{ start, end }],
    rule,
  });
}
