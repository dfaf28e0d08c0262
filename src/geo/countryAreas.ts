// Countries as places: a representative point from world-countries, the boundary from world-atlas
// (Natural Earth, 1:50m) for point-in-country checks and for the parts of a country ("northern Syria").
// Boundaries are decoded the first time one is needed, not at start-up.
import { createRequire } from 'node:module';
import { contains, shapesOf, type Shape, type Topology } from './shapes.ts';
import type { GazetteerPlace } from './gazetteer.ts';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  name: { common: string };
  latlng: [number, number];
}

export interface CountryAreas {
  iso2to3: Map<string, string>;
  /** ISO3 → the country as a place (with its shape where world-atlas has one). */
  countries: Map<string, GazetteerPlace>;
  /** The ISO3 code of the country whose boundary contains the point, if any. */
  countryAt(lat: number, lon: number): string | undefined;
  /** The country's boundary (ISO3), if world-atlas has it. */
  shapeOf(iso3: string): Shape | undefined;
}

export function loadCountryAreas(): CountryAreas {
  const iso2to3 = new Map<string, string>();
  const byNumeric = new Map<string, string>();
  const countries = new Map<string, GazetteerPlace>();
  for (const c of require('world-countries') as WorldCountry[]) {
    iso2to3.set(c.cca2, c.cca3);
    if (c.ccn3) byNumeric.set(c.ccn3, c.cca3);
    countries.set(c.cca3, {
      id: `country:${c.cca3}`,
      name: c.name.common,
      lat: c.latlng[0],
      lon: c.latlng[1],
      country: c.cca3,
      featureCode: 'PCLI',
      population: 0,
      origin: 'country',
    });
  }
  let shapes: Map<string, Shape> | undefined;
  const boundaries = () => {
    if (shapes) return shapes;
    shapes = new Map();
    for (const { id, shape } of shapesOf(require('world-atlas/countries-50m.json') as Topology, 'countries')) {
      const iso3 = byNumeric.get(id.padStart(3, '0'));
      if (iso3 && countries.has(iso3)) shapes.set(iso3, shape);
    }
    return shapes;
  };
  return {
    iso2to3,
    countries,
    countryAt: (lat, lon) => {
      for (const [iso3, s] of boundaries()) if (contains(s, lon, lat)) return iso3;
      return undefined;
    },
    shapeOf: (iso3) => boundaries().get(iso3),
  };
}
