// CAMEO code names and the PLOVER types they map to, from data/cameo/codes.json (read once): the API's
// /api/meta hands them to the UI for labels and filter choices, and validation checks PLOVER types against them.
import { readFileSync } from 'node:fs';
import { dataPath } from '../core/paths.ts';

export interface CameoTable {
  /** Code (root or full) → name. */
  names: Record<string, string>;
  /** The 20 roots, 01–20, with names. */
  roots: Array<{ code: string; name: string }>;
  /** PLOVER event types used by the table, sorted. */
  ploverTypes: string[];
}

let cached: CameoTable | undefined;

export function cameoTable(): CameoTable {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(dataPath('cameo/codes.json'), 'utf8')) as {
    codes: Record<string, { name: string; plover?: { type?: string } }>;
  };
  const names: Record<string, string> = {};
  const plover = new Set<string>();
  for (const [code, info] of Object.entries(file.codes)) {
    names[code] = info.name;
    if (info.plover?.type) plover.add(info.plover.type);
  }
  const roots = Object.keys(names)
    .filter((c) => c.length === 2)
    .sort()
    .map((code) => ({ code, name: names[code] }));
  cached = { names, roots, ploverTypes: [...plover].sort() };
  return cached;
}
