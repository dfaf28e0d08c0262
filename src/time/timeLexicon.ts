// Loads data/time/*.json once at start-up (src/core/resources.ts) and compiles it into the regular
// expressions and look-up tables the time matchers use, so per-article work is matching only.
import { join } from 'node:path';
import { dataPath } from '../core/paths.ts';
import type { DatePrecision } from '../core/types.ts';
import {
  FiltersFile, OccasionsFile, OrdinalsFile, PartsFile, RangesFile, ScopeFile, SeasonsFile, ShiftsFile, TenseFile, YearsFile, readTimeFile,
} from './timeDataSchema.ts';
import { alternation, compileTemplate, phraseRegex, phraseSource, WB_LEFT, WB_RIGHT, type CompiledTemplate } from './timePatterns.ts';

export interface Season {
  season: string;
  code: number;
  months: number[];
}

export interface TimeUnit {
  days?: number;
  months?: number;
  precision: DatePrecision;
}

/** An amount of time to move a date by, and the finest precision the moved date keeps. */
export interface Shift {
  sign: -1 | 0 | 1;
  days: number;
  months: number;
  precision: DatePrecision;
}

export interface ShiftPattern extends CompiledTemplate {
  sign: -1 | 0 | 1;
  /** Unit named by a literal word ("the next day"), when the template has no {unit}. */
  unit?: TimeUnit;
  /** A fixed number of days ("the eve of", "the day after the coup"). */
  days?: number;
}

export interface TimeLexicon {
  seasons: {
    byWord: Map<string, Season>;
    byCode: Map<number, Season>;
    offsets: Map<string, number>;
    /** "the summer of 2014", "summer 2014", "the summer of last year" (1: season word, 2: year, 3: this/last/next). */
    named: RegExp;
    /** "last summer", "this winter" (1: relative word, 2: season word). */
    relative: RegExp;
    /** "in the autumn", "during the winter" (1: season word). */
    bare: RegExp;
  };
  parts: { before: RegExp; partOf: Map<string, 'early' | 'mid' | 'late' | undefined> };
  shifts: {
    patterns: ShiftPattern[];
    periods: ShiftPattern[];
    numberOf: Map<string, number>;
    vague: Set<string>;
    unitOf: Map<string, TimeUnit>;
  };
  occasions: {
    keyOf: Map<string, string>;
    /** Any occasion word, whole-word (a test before the phrase regexes). */
    word: RegExp;
    patterns: ShiftPattern[];
    /** Text right after a time expression naming the occasion it dates ("July" + " coup", "2016" + " failed coup"; 1: the word). */
    after: RegExp;
    /** Text right before a time expression naming the occasion it dates ("bombing in " + "July"; 1: the word). */
    before: RegExp;
  };
  tense: { future: RegExp; past: RegExp; notPast: Set<string> };
  years: { before: RegExp; ranges: CompiledTemplate[]; countNoun: RegExp; decadeWords: Map<string, number>; decadeWord: RegExp };
  ordinals: { re: RegExp };
  filters: {
    ambiguousMonths: Set<string>;
    weekdays: string[];
    weekdayModifier: RegExp;
    duration: RegExp;
    yearlessNumeric: boolean;
    /** "today", "this morning": a day, even when chrono-node reads a time of day. */
    casualDay: RegExp;
    /** "last week", "the weekend": known to the month at best. */
    week: RegExp;
    /** "… after" ending a span: counted from an event, not from the publication date. */
    relationEnd: RegExp;
    /** "in …", "within …" opening a span: forward from the publication date. */
    futureOpener: RegExp;
  };
  /** Text between two time expressions that makes them a range, given the text before the first (data/time/ranges.json). */
  ranges: Array<{ opener: RegExp; joiner: RegExp }>;
  /** data/time/scope.json: clause breaks and relative words (flags giu); a continuation pronoun opening a sentence. */
  scope: { breaks: RegExp; relatives: RegExp; continuation: RegExp };
  /** Data versions, by file. */
  versions: Record<string, number>;
}

const YEAR = '(?:19|20)\\d{2}';
const MOD = "(?:[\\p{L}\\p{N}][\\p{L}\\p{N}'.-]*\\s+){0,2}?";

/** Loads the time data of a directory (default: data/time of the data directory). */
export function loadTimeLexicon(dir = dataPath('time')): TimeLexicon {
  const file = (name: string) => join(dir, `${name}.json`);
  const seasons = readTimeFile(file('seasons'), SeasonsFile);
  const parts = readTimeFile(file('parts'), PartsFile);
  const shifts = readTimeFile(file('shifts'), ShiftsFile);
  const occasions = readTimeFile(file('occasions'), OccasionsFile);
  const tense = readTimeFile(file('tense'), TenseFile);
  const years = readTimeFile(file('years'), YearsFile);
  const ordinals = readTimeFile(file('ordinals'), OrdinalsFile);
  const filters = readTimeFile(file('filters'), FiltersFile);
  const scope = readTimeFile(file('scope'), ScopeFile);
  const ranges = readTimeFile(file('ranges'), RangesFile);

  const byWord = new Map<string, Season>();
  const byCode = new Map<number, Season>();
  for (const s of seasons.seasons) {
    const season = { season: s.season, code: s.code, months: s.months };
    byCode.set(s.code, season);
    for (const w of s.words) byWord.set(w, season);
  }

  const seasonWords = alternation(byWord.keys());
  const relativeWords = alternation(Object.keys(seasons.relative));

  const unitOf = new Map<string, TimeUnit>();
  for (const u of shifts.units) for (const w of u.words) unitOf.set(w, { days: u.days, months: u.months, precision: u.precision });
  const numberOf = new Map(Object.entries(shifts.numbers));
  const fill = {
    n: `\\d{1,3}|${alternation(numberOf.keys())}`,
    unit: alternation(unitOf.keys()),
    mod: MOD,
    time: alternation(occasions.times),
    occasion: alternation(occasions.occasions.flatMap((o) => o.words)),
  };
  const shiftPattern = (where: string, pattern: string, sign: -1 | 0 | 1, days?: number): ShiftPattern => {
    const t = compileTemplate(pattern, fill);
    const unitWord = t.words.find((w) => unitOf.has(w));
    if (!t.slots.includes('unit') && !unitWord && days === undefined)
      throw new Error(`${where}: pattern "${pattern}" names no unit: use {unit} or a unit word of shifts.json`);
    return { ...t, sign, ...(unitWord ? { unit: unitOf.get(unitWord) } : {}), ...(days !== undefined ? { days } : {}) };
  };

  const keyOf = new Map<string, string>();
  for (const o of occasions.occasions) for (const w of o.words) keyOf.set(w, o.occasion);

  const partOf = new Map<string, 'early' | 'mid' | 'late' | undefined>();
  for (const p of parts.parts) for (const ph of p.phrases) partOf.set(ph, p.part);

  return {
    seasons: {
      byWord,
      byCode,
      offsets: new Map(Object.entries(seasons.relative)),
      named: new RegExp(`${WB_LEFT}(${seasonWords})(?:\\s+of)?\\s+(?:(${YEAR})|(?:of\\s+)?(${relativeWords})\\s+year)${WB_RIGHT}`, 'giu'),
      relative: new RegExp(`${WB_LEFT}(${relativeWords})\\s+(${seasonWords})${WB_RIGHT}(?!\\s+of)`, 'giu'),
      bare: new RegExp(`${WB_LEFT}(?:${alternation(seasons.bare)})\\s+the\\s+(${seasonWords})${WB_RIGHT}(?!\\s+of|\\s+${YEAR})`, 'giu'),
    },
    parts: { before: new RegExp(`${WB_LEFT}(${alternation(partOf.keys())})(?:\\s+|-)$`, 'iu'), partOf },
    shifts: {
      patterns: shifts.phrases.map((p) => shiftPattern(file('shifts'), p.pattern, p.sign)),
      periods: shifts.periods.patterns.map((p) => shiftPattern(file('shifts'), p, 0)),
      numberOf,
      vague: new Set(shifts.vagueNumbers),
      unitOf,
    },
    occasions: {
      keyOf,
      word: new RegExp(`${WB_LEFT}(?:${fill.occasion})${WB_RIGHT}`, 'iu'),
      patterns: occasions.phrases.map((p) => shiftPattern(file('occasions'), p.pattern, p.sign, p.days ?? (p.pattern.includes('{unit}') ? undefined : 0))),
      after: new RegExp(`^(?:'s)?\\s+(?:[\\p{L}-]+\\s+)?(${fill.occasion})${WB_RIGHT}`, 'iu'),
      before: new RegExp(`${WB_LEFT}(${fill.occasion})\\s+(?:${alternation(occasions.datingPrepositions)})\\s+(?:[\\p{L}\\p{N}'.-]+\\s+){0,3}$`, 'iu'),
    },
    tense: { future: phraseRegex(tense.future), past: phraseRegex(tense.past), notPast: new Set(tense.notPast) },
    years: {
      before: new RegExp(`${WB_LEFT}(?:${alternation(years.before)})(?:\\s+|-)$`, 'iu'),
      ranges: years.ranges.map((r) => compileTemplate(r, { year: YEAR, yy: '\\d{2}' })),
      // "2000 troops", and the first number of "between 1950 and 2000 fighters"
      countNoun: new RegExp(`^(?:\\s*(?:and|or|to|-|–)\\s*[\\d,.]+)?\\s*(?:(?:${alternation(years.countNouns.filter((w) => /^[\p{L}]/u.test(w)))})${WB_RIGHT}|%)`, 'iu'),
      decadeWords: new Map(Object.entries(years.decadeWords)),
      decadeWord: new RegExp(`${WB_LEFT}the\\s+(?:\\p{L}+[\\s-]+)?(${alternation(Object.keys(years.decadeWords))})${WB_RIGHT}`, 'giu'),
    },
    ordinals: {
      re: new RegExp(
        `${WB_LEFT}(?:${alternation(ordinals.before)})\\s+(the\\s+(\\d{1,2})(?:st|nd|rd|th))(?=\\s*$|\\s*[,.;:!?)"']|\\s+(?:${alternation(ordinals.after)})${WB_RIGHT})`,
        'giu',
      ),
    },
    filters: {
      ambiguousMonths: new Set(filters.ambiguousMonths),
      weekdays: filters.weekdays,
      weekdayModifier: new RegExp(`${WB_LEFT}(?:${alternation(filters.weekdayModifiers)})${WB_RIGHT}`, 'iu'),
      duration: new RegExp(`${WB_LEFT}(?:${alternation(filters.durations)})\\s+(?:the\\s+)?(?:[\\p{L}\\p{N}]+\\s+){0,2}(?:${alternation([...unitOf.keys(), ...filters.durationUnits])})${WB_RIGHT}`, 'iu'),
      yearlessNumeric: filters.yearlessNumeric,
      casualDay: new RegExp(`${WB_LEFT}(?:${alternation(filters.casualDays)})${WB_RIGHT}`, 'iu'),
      week: new RegExp(`${WB_LEFT}(?:${alternation(filters.weekWords)})${WB_RIGHT}`, 'iu'),
      relationEnd: new RegExp(`${WB_LEFT}(?:${alternation(filters.relationEnds)})$`, 'iu'),
      futureOpener: new RegExp(`^(?:${alternation(filters.futureOpeners)})${WB_RIGHT}`, 'iu'),
    },
    ranges: ranges.pairs.map((p) => ({
      opener: new RegExp(`${WB_LEFT}${phraseSource(p.opener)}\\s+$`, 'iu'),
      joiner: new RegExp(`^\\s+${phraseSource(p.joiner)}\\s+$`, 'iu'),
    })),
    scope: {
      breaks: phraseRegex(scope.breaks),
      relatives: phraseRegex(scope.relatives),
      continuation: new RegExp(`^\\s*(?:${alternation(scope.continuations)})${WB_RIGHT}`, 'iu'),
    },
    versions: {
      seasons: seasons.version, parts: parts.version, shifts: shifts.version, occasions: occasions.version, tense: tense.version,
      years: years.version, ordinals: ordinals.version, filters: filters.version, scope: scope.version, ranges: ranges.version,
    },
  };
}
