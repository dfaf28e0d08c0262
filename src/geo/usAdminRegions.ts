// US states and counties (parishes, boroughs) as places: shapes and centres from the Census Bureau's
// boundaries in us-atlas, names and codes from data/places/us-states.json. US local news names these more
// than any city ("Laurel County", "Rapides Parish", "W.Va."); a county's centre is within 161 km of every
// place in it, so a county is a good answer even when a town was meant.
import { createRequire } from 'node:module';
import type { UsStatesFile } from './placeData.ts';
import { centroid, shapesOf, type Topology } from './shapes.ts';
import type { GazetteerPlace, NameKind } from './gazetteer.ts';

const require = createRequire(import.meta.url);

export interface NamedPlace {
  place: GazetteerPlace;
  names: Array<{ name: string; kind: NameKind }>;
}

export function loadUsAdminRegions(file: UsStatesFile): NamedPlace[] {
  const topology = require('us-atlas/counties-10m.json') as Topology;
  const byFips = new Map(file.states.map((s) => [s.fips, s]));
  const out: NamedPlace[] = [];
  for (const { id, shape } of shapesOf(topology, 'states')) {
    const s = byFips.get(id);
    if (!s) continue; // territories are countries of their own in world-countries
    const [lon, lat] = centroid(shape);
    const place: GazetteerPlace = {
      id: `us:${id}`,
      name: s.name,
      lat: round(lat),
      lon: round(lon),
      country: 'USA',
      admin1: `USA.${s.usps}`,
      featureCode: 'ADM1',
      population: 0,
      origin: 'admin',
      shape,
    };
    out.push({
      place,
      names: [
        { name: s.name, kind: 'name' },
        ...s.aliases.map((name) => ({ name, kind: 'alias' as const })),
        ...[...s.abbreviations, s.usps].map((name) => ({ name, kind: 'abbreviation' as const })),
      ],
    });
  }
  for (const { id, name, shape } of shapesOf(topology, 'counties')) {
    const s = byFips.get(id.slice(0, 2));
    if (!s || s.cityState) continue;
    if (s.independentCities && Number(id.slice(2)) >= 510) continue; // an independent city: GeoNames has it
    const [lon, lat] = centroid(shape);
    const suffixes = s.countySuffixes ?? file.countySuffixes;
    out.push({
      place: {
        id: `us:${id}`,
        name: `${name} ${suffixes[0]}`,
        lat: round(lat),
        lon: round(lon),
        country: 'USA',
        admin1: `USA.${s.usps}`,
        featureCode: 'ADM2',
        population: 0,
        origin: 'admin',
      },
      names: [...suffixes.map((x) => ({ name: `${name} ${x}`, kind: 'name' as const })), { name, kind: 'short' }],
    });
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;
