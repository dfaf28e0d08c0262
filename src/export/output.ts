// Where an export goes: a file (created or truncated) or standard output.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

export function openOutput(path: string | undefined): Writable {
  return path && path !== '-' ? createWriteStream(path) : process.stdout;
}

/** A reader that stopped reading (`entente export | head`) is not an error. */
export function isClosedPipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}
