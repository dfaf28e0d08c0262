// Decides which place each proposed toponym names, and whether it names one at all. A candidate's score adds
// (weights in data/places/resolver.json):
//  - what kind of place it is and how many live there (a state, a capital, a city of a million, a village);
//  - how it was named (its own name, a spelling variant, a bare county name);
//  - the article's countries (from the actor stage and the other toponyms) and its states or provinces;
//  - the other places of the article near it ("Georgia" next to Atlanta is the US state);
//  - a capital standing for its state ("Washington said").
// A "City, State" qualifier restricts the candidates to that state. Scores are worked out twice: first
// without the other toponyms' choices, then with them. A small place must earn its reading: it is kept only
// with support from the article (its state, its country, a place near it) or after a locative word.
import type { Gazetteer, GazetteerPlace } from './gazetteer.ts';
import type { Candidate, Toponym } from './placeMatcher.ts';
import { km } from './geoMath.ts';
import { centroid, partCentre } from './shapes.ts';

export interface ResolvedToponym {
  toponym: Toponym;
  place: GazetteerPlace;
  /** For a directional area ("northern Syria"): the area it is part of, named at toponym.direction.baseStart. */
  whole?: GazetteerPlace;
  rule: string;
}

interface Choice {
  c: Candidate;
  score: number;
}

const AREA = new Set(['PCLI', 'ADM1']);

export function resolveToponyms(toponyms: Toponym[], g: Gazetteer, articleCountries: Set<string>): ResolvedToponym[] {
  const w = g.data.resolver;
  const cands = toponyms.map((t) => qualifiedCandidates(t, toponyms));
  const names = toponyms.map((t) => t.text.toLowerCase());

  const prior = (t: Toponym, c: Candidate) =>
    (w.featurePriors[c.place.featureCode] ?? 0) +
    w.nameKindPriors[c.kind] +
    w.populationWeight * Math.log10(c.place.population + 1) +
    (c.place.origin === 'supplement' ? w.supplementBonus : 0) +
    (t.capitalOf && c.place === g.capitals.get(t.capitalOf) ? (t.capitalActs && articleCountries.has(t.capitalOf) ? w.context.capitalActing : w.context.capitalOfActor) : 0) +
    (t.qualifiedBy !== undefined ? w.context.qualified : 0);
  const pick = (k: number, score: (c: Candidate) => number): Choice | undefined => {
    let best: Choice | undefined;
    for (const c of cands[k]) {
      const s = score(c);
      if (!best || s > best.score) best = { c, score: s };
    }
    return best;
  };
  const withContext = (k: number, c: Candidate, ctx: Context, near?: GazetteerPlace[][]) => {
    const p = c.place;
    let s = prior(toponyms[k], c);
    if (ctx.countries.has(p.country, names[k])) s += w.context.country;
    if (ctx.admins.has(p.admin1, names[k])) s += w.context.admin1;
    if (near && !AREA.has(p.featureCode)) {
      const d = nearestCandidate(k, p, near, names);
      const bonus = w.context.near.find(([limit]) => d <= limit);
      if (bonus) s += bonus[1];
    }
    return s;
  };

  // Pass 1: the article's countries (actors, toponyms that can be in one country only) and unambiguous states.
  const ctx1 = new Context(articleCountries);
  cands.forEach((cs, k) => {
    if (toponyms[k].inName) return;
    const named = cs.filter((c) => c.kind !== 'short');
    const cc = new Set(named.map((c) => c.place.country));
    if (cc.size === 1) ctx1.countries.add([...cc][0], names[k]);
    const aa = new Set(named.map((c) => c.place.admin1));
    if (aa.size === 1) ctx1.admins.add([...aa][0], names[k]);
  });
  const first = toponyms.map((_t, k) => pick(k, (c) => withContext(k, c, ctx1)));
  // Pass 2: the same with every other toponym's first choice as context, and how near its likely readings are
  // ("Gainesville and Lindsay": the two Texas towns near each other beat the larger Gainesville in Florida).
  const likely = cands.map((cs, k) => {
    const best = first[k]?.score ?? 0;
    return cs
      .map((c) => ({ c, s: withContext(k, c, ctx1) }))
      .filter((x) => x.s >= best - w.context.likelyWithin && !AREA.has(x.c.place.featureCode))
      .sort((a, b) => b.s - a.s)
      .slice(0, w.context.likelyCount)
      .map((x) => x.c.place);
  });
  const ctx2 = Context.of(articleCountries, first, names, toponyms);
  const second = toponyms.map((_t, k) => pick(k, (c) => withContext(k, c, ctx2, likely)));
  const ctx3 = Context.of(articleCountries, second, names, toponyms);
  const fullNames = new Set(second.filter((ch) => ch && ch.c.kind !== 'short').map((ch) => ch!.c.place.id));

  const out: ResolvedToponym[] = [];
  toponyms.forEach((t, k) => {
    const ch = second[k];
    if (!ch) return;
    const p = ch.c.place;
    const support = {
      admin1: ctx3.admins.has(p.admin1, names[k]),
      country: ctx3.countries.has(p.country, names[k]),
      nearKm: nearestOther(k, p, second, names),
    };
    const why = keep(t, ch.c, { ...support, namedInFull: fullNames.has(p.id) }, g);
    if (!why) return;
    if (t.direction) out.push({ toponym: t, place: partOf(p, t.direction, g), whole: p, rule: why });
    else out.push({ toponym: t, place: p, rule: why });
  });
  return out;
}

/** Which toponyms (by their lowercased text) put a country or a state in the article. */
class Support {
  private m = new Map<string, Set<string>>();
  add(key: string | undefined, by: string) {
    if (!key) return;
    let s = this.m.get(key);
    if (!s) this.m.set(key, (s = new Set()));
    s.add(by);
  }
  /** Does anything other than this very name support the key? */
  has(key: string | undefined, self: string): boolean {
    const s = key ? this.m.get(key) : undefined;
    return !!s && (s.size > 1 || !s.has(self));
  }
}

class Context {
  countries = new Support();
  admins = new Support();
  constructor(actorCountries: Set<string>) {
    for (const c of actorCountries) this.countries.add(c, '\u0000actors');
  }
  /** The countries and states of the toponyms' choices, but for weak readings (a bare county name, a name's end). */
  static of(actorCountries: Set<string>, chosen: Array<Choice | undefined>, names: string[], toponyms: Toponym[]): Context {
    const ctx = new Context(actorCountries);
    chosen.forEach((ch, k) => {
      if (!ch || ch.c.kind === 'short' || toponyms[k].inName) return;
      ctx.countries.add(ch.c.place.country, names[k]);
      ctx.admins.add(ch.c.place.admin1, names[k]);
    });
    return ctx;
  }
}

/** Kilometres to the nearest likely reading of another toponym (of another name). */
function nearestCandidate(k: number, p: GazetteerPlace, likely: GazetteerPlace[][], names: string[]): number {
  let d = Infinity;
  likely.forEach((ps, j) => {
    if (j === k || names[j] === names[k]) return;
    for (const o of ps) d = Math.min(d, km(p.lat, p.lon, o.lat, o.lon));
  });
  return d;
}

/** Kilometres to the nearest place another toponym (of another name, not a country or state) was read as. */
function nearestOther(k: number, p: GazetteerPlace, chosen: Array<Choice | undefined>, names: string[]): number {
  let d = Infinity;
  chosen.forEach((ch, j) => {
    if (!ch || j === k || names[j] === names[k] || AREA.has(ch.c.place.featureCode)) return;
    d = Math.min(d, km(p.lat, p.lon, ch.c.place.lat, ch.c.place.lon));
  });
  return d;
}

/** The candidates a "City, State" qualifier leaves (all of them if it leaves none). */
function qualifiedCandidates(t: Toponym, all: Toponym[]): Candidate[] {
  if (t.qualifiedBy === undefined) return t.candidates;
  const q = all[t.qualifiedBy];
  const admins = new Set(q.candidates.filter((c) => c.place.featureCode === 'ADM1').map((c) => c.place.admin1));
  const countries = new Set(q.candidates.filter((c) => c.place.featureCode === 'PCLI').map((c) => c.place.country));
  const inside = t.candidates.filter((c) => admins.has(c.place.admin1) || countries.has(c.place.country));
  return inside.length ? inside : t.candidates;
}

/** Why the chosen place is kept, or undefined when the toponym is not read as a place. */
function keep(t: Toponym, c: Candidate, support: { admin1: boolean; country: boolean; nearKm: number; namedInFull: boolean }, g: Gazetteer): string | undefined {
  const k = g.data.resolver.keep;
  const { admin1: inAdmin, country: inCountry, nearKm } = support;
  const p = c.place;
  const src = p.origin === 'geonames' ? 'gazetteer:geonames' : p.origin === 'supplement' ? 'gazetteer:supplement' : p.origin === 'admin' ? 'gazetteer:us-atlas' : 'country';
  if (t.direction) return `${src}+direction`;
  if (p.origin === 'country') return t.locative ? 'country-after-locative' : undefined;
  if (t.qualifiedBy !== undefined) return `${src}+qualified`;
  if (t.qualifies !== undefined) return `${src}+qualifier`;
  if (t.capitalOf && p === g.capitals.get(t.capitalOf)) return `${src}+capital`;
  const near = nearKm <= k.nearKm;
  // "Avoyelles" for Avoyelles Parish: only where the article names it in full, or "in Avoyelles" in its state.
  if (c.kind === 'short') return support.namedInFull || (t.locative && inAdmin) ? `${src}+short-in-context` : undefined;
  if (p.featureCode === 'ADM1' || p.featureCode === 'ADM2') return t.inName && !inAdmin && !near ? undefined : src;
  if (t.inName && !inAdmin && !near && !(p.origin === 'supplement' && t.locative)) return undefined;
  if (p.origin === 'supplement') return src;
  if (inAdmin) return `${src}+state`;
  if (near) return `${src}+near`;
  if (inCountry && (p.population >= k.countryContextPopulation || (t.locative && p.population >= k.countryContextLocativePopulation))) return `${src}+country`;
  if (p.population >= k.population) return src;
  if (t.locative && p.population >= k.locativePopulation) return `${src}+locative`;
  return undefined;
}

/** The part of an area a direction names ("northern Syria"), worked out once per area and direction. */
function partOf(p: GazetteerPlace, d: NonNullable<Toponym['direction']>, g: Gazetteer): GazetteerPlace {
  const key = `${p.id}|${d.vector.join(',')}|${d.words.toLowerCase()}`;
  const have = g.parts.get(key);
  if (have) return have;
  const shape = g.shapeOf(p);
  const point = shape ? (partCentre(shape, d.vector, g.data.directions.share) ?? centroid(shape)) : undefined;
  const { shape: _s, geonameid: _g, ...rest } = p;
  const part: GazetteerPlace = {
    ...rest,
    id: key,
    name: `${d.words.toLowerCase()} ${p.name}`,
    lat: point ? Math.round(point[1] * 1e4) / 1e4 : p.lat,
    lon: point ? Math.round(point[0] * 1e4) / 1e4 : p.lon,
    featureCode: 'RGN',
    origin: p.origin,
  };
  g.parts.set(key, part);
  return part;
}
