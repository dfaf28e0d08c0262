// Code and data versions recorded with every run, so stored rows say what produced them.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';

export function codeVersion(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** A short hash over every data file except the sample corpus: changes when a dictionary or lexicon changes. */
export function dataVersion(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'samples') walk(p);
      } else if (name.endsWith('.json')) {
        h.update(name).update(readFileSync(p));
      }
    }
  };
  walk(join(projectRoot, 'data'));
  return h.digest('hex').slice(0, 12);
}
