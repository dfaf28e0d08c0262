// Where the project's own files live, independent of the working directory.
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The data directory: ./data of the project, or another one a user names in ENTENTE_DATA_DIR. */
export const dataDir = process.env.ENTENTE_DATA_DIR || join(projectRoot, 'data');

/** Absolute path of a file under the data directory. */
export function dataPath(rel: string): string {
  return join(dataDir, rel);
}

/** The .json files of a directory, in name order; none when it does not exist. */
export function jsonFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}
