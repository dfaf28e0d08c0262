// Which bundled catalogue files have passed their schema, by content hash. Validating all of them costs about
// half of the catalogue's start-up budget, so a file is validated when it is new or changed (an edited file
// still fails at start-up naming file, entry and field) and only read on the runs after that. The stamp lives
// under node_modules/.cache; where it cannot be written, every run validates.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../core/paths.ts';

const STAMP = join(projectRoot, 'node_modules', '.cache', 'entente', 'validated-catalogue.json');

export class ValidationStamp {
  private known: Set<string>;
  private added = false;

  constructor(private readonly file = STAMP) {
    try {
      this.known = new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]);
    } catch {
      this.known = new Set();
    }
  }

  /** The content's hash: a file whose hash is known has passed its schema as it is now. */
  static hash(raw: string): string {
    return createHash('sha1').update(raw).digest('hex');
  }

  has(hash: string): boolean {
    return this.known.has(hash);
  }

  add(hash: string): void {
    if (!this.known.has(hash)) {
      this.known.add(hash);
      this.added = true;
    }
  }

  /** Writes the stamp if anything was added; a read-only install just validates again next time. */
  save(): void {
    if (!this.added) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(this.file, JSON.stringify([...this.known]));
    } catch {
      // not writable: nothing is lost but time
    }
  }
}
