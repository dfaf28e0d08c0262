// Schemas of the time-expression data (data/time/*.json): seasons, parts of periods, shifts ("the next day"),
// named occasions, tense cues, years, ordinal days, chrono-node filters and clause breaks. This module only
// says what a valid file looks like and names the file and field when one is wrong; data/time/README.md says
// what each file means and where its facts come from.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const phrase = z
  .string()
  .min(1)
  .refine((p) => p === p.trim() && !/\s{2,}/.test(p), 'must be words separated by single spaces')
  .refine((p) => p === p.toLowerCase(), 'must be lowercase');
const phrases = z.array(phrase).min(1);
const precision = z.enum(['day', 'month', 'season', 'year']);
const sign = z.union([z.literal(-1), z.literal(0), z.literal(1)]);
const month = z.number().int().min(1).max(12);
const base = { version: z.number().int().positive(), note: z.string().min(1) };

/** A template: words, and placeholders in braces ({n}, {unit}, {occasion}, {time}, {mod}, {year}, {yy}). */
const template = (allowed: string[]) =>
  phrase.superRefine((p, ctx) => {
    for (const m of p.matchAll(/\{(\w+)\}/g))
      if (!allowed.includes(m[1])) ctx.addIssue({ code: 'custom', message: `unknown placeholder {${m[1]}} (allowed: ${allowed.join(', ')})` });
  });

export const SeasonsFile = z.strictObject({
  ...base,
  seasons: z
    .array(z.strictObject({ season: z.string().min(1), code: z.number().int().min(21).max(24), words: phrases, months: z.array(month).length(3) }))
    .length(4),
  bare: phrases,
  relative: z.record(phrase, sign),
});

export const PartsFile = z.strictObject({
  ...base,
  parts: z.array(z.strictObject({ part: z.enum(['early', 'mid', 'late']).optional(), phrases })).min(1),
});

const unit = z
  .strictObject({ words: phrases, days: z.number().int().positive().optional(), months: z.number().int().positive().optional(), precision })
  .refine((u) => (u.days === undefined) !== (u.months === undefined), 'needs exactly one of "days" or "months"');

export const ShiftsFile = z.strictObject({
  ...base,
  numbers: z.record(phrase, z.number().int().positive()),
  vagueNumbers: z.array(phrase),
  units: z.array(unit).min(1),
  phrases: z.array(z.strictObject({ pattern: template(['n', 'unit']), sign })).min(1),
  periods: z.strictObject({ note: z.string().min(1), patterns: z.array(template(['unit'])).min(1) }),
});

export const OccasionsFile = z.strictObject({
  ...base,
  occasions: z.array(z.strictObject({ occasion: z.string().min(1), words: phrases })).min(1),
  datingPrepositions: phrases,
  times: phrases,
  phrases: z
    .array(
      z.strictObject({
        pattern: template(['occasion', 'time', 'mod', 'n', 'unit']).refine((p) => p.includes('{occasion}'), 'must contain {occasion}'),
        sign,
        days: z.number().int().positive().optional(),
      }),
    )
    .min(1),
});

export const TenseFile = z.strictObject({ ...base, future: phrases, past: phrases, notPast: phrases });

export const YearsFile = z.strictObject({
  ...base,
  before: phrases,
  ranges: z.array(template(['year', 'yy']).refine((p) => p.startsWith('{year}') || p.includes(' {year}'), 'must contain {year}')).min(1),
  countNouns: phrases,
  decadeWords: z.record(phrase, z.number().int().min(0).max(90).multipleOf(10)),
});

export const OrdinalsFile = z.strictObject({ ...base, before: phrases, after: phrases });

export const FiltersFile = z.strictObject({
  ...base,
  ambiguousMonths: phrases,
  weekdays: phrases.length(7),
  weekdayModifiers: phrases,
  durations: phrases,
  yearlessNumeric: z.boolean(),
  casualDays: phrases,
  weekWords: phrases,
  durationUnits: phrases,
  relationEnds: phrases,
  futureOpeners: phrases,
});

export const RangesFile = z.strictObject({ ...base, pairs: z.array(z.strictObject({ opener: phrase, joiner: phrase })).min(1) });

export const ScopeFile = z.strictObject({ ...base, breaks: phrases, relatives: phrases, continuations: phrases });

/** Reads and validates one data/time file; a bad file fails naming the file and every wrong field. */
export function readTimeFile<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read time data file: ${(e as Error).message}`);
  }
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `field "${i.path.join('.') || '(top level)'}": ${i.message}`);
  throw new Error(`invalid time data file ${path}:\n  ${lines.slice(0, 20).join('\n  ')}`);
}
