// Argument parsing shared by the commands (node:util parseArgs), with usage errors users can act on.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

export function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number (got "${value}")`);
  return n;
}

/** --workers N: threads that code articles (0 = this thread); undefined when not given. */
export function workerCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--workers must be a whole number from 0 to 64 (got "${value}")`);
  return n;
}

/** --dyad A:B as two uppercase actor ids. */
export function dyadOption(value: string): [string, string] {
  const parts = value.toUpperCase().split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new UsageError(`--dyad must be two actor ids joined by ":" such as TUR:USA (got "${value}")`);
  return [parts[0], parts[1]];
}

/** --root NN: a two-digit CAMEO root. */
export function rootOption(value: string): string {
  if (!/^\d{2}$/.test(value)) throw new UsageError(`--root must be a two-digit CAMEO root such as 19 (got "${value}")`);
  return value;
}
