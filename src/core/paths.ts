// Where the project's own files live, independent of the working directory.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Absolute path of a file under data/. */
export function dataPath(rel: string): string {
  return join(projectRoot, 'data', rel);
}
