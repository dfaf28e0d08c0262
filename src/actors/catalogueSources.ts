// Where a user's own catalogue files come from: the ENTENTE_ACTORS environment variable lists files and
// directories (separated by the platform's path delimiter, ":" on Linux and macOS, ";" on Windows). A
// directory stands for every .json file directly in it, in name order. Each file says what it holds by its
// top-level list: "states", "groups", "igos" or "people", exactly as the shipped files do.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export type ExtraKind = 'states' | 'groups' | 'igos' | 'people';
export interface ExtraFile {
  kind: ExtraKind;
  path: string;
}

const KINDS: ExtraKind[] = ['states', 'groups', 'igos', 'people'];

/** The kind of a catalogue file, read from its one top-level list; throws naming the file when it has none or several. */
export function kindOfFile(path: string, json: unknown): ExtraKind {
  const keys = json && typeof json === 'object' && !Array.isArray(json) ? KINDS.filter((k) => k in (json as object)) : [];
  if (keys.length !== 1) {
    throw new Error(
      `${path}: top level: an actor catalogue file needs exactly one of the lists ${KINDS.map((k) => `"${k}"`).join(', ')}` +
        (keys.length ? ` (found ${keys.join(', ')})` : ''),
    );
  }
  return keys[0];
}

function readJson(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read actor catalogue file: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new Error(`${path}: not valid JSON: ${(e as Error).message}`);
  }
}

/** The user's catalogue files named by a list such as ENTENTE_ACTORS ("a.json:dir/"), each with its kind. */
export function extraCatalogueFiles(spec: string | undefined): ExtraFile[] {
  if (!spec?.trim()) return [];
  const out: ExtraFile[] = [];
  for (const part of spec.split(delimiter).map((s) => s.trim()).filter(Boolean)) {
    const path = resolve(part);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new Error(`${part}: ENTENTE_ACTORS names a file or directory that does not exist`);
    }
    const files = isDir
      ? readdirSync(path)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(path, f))
      : [path];
    for (const f of files) out.push({ kind: kindOfFile(f, readJson(f)), path: f });
  }
  return out;
}
