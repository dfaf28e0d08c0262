// Writes text to a stream in chunks, waiting for the stream to drain when it asks to: however much is
// exported, what waits in memory is one chunk plus the stream's own buffer.
import type { Writable } from 'node:stream';

export class LineWriter {
  private buffer = '';
  private failed: Error | undefined;
  private readonly onError = (err: Error) => {
    this.failed ??= err;
  };

  constructor(
    private readonly out: Writable,
    private readonly chunkSize = 64 * 1024,
  ) {
    out.on('error', this.onError);
  }

  /** Queues text; resolves at once unless a chunk went out and the stream is full. */
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failed) throw this.failed;
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.out.write(chunk)) await drained(this.out);
    if (this.failed) throw this.failed;
  }

  /** Flushes, then ends the stream (unless it is stdout or stderr) and waits until it has finished. */
  async end(): Promise<void> {
    await this.flush();
    const out = this.out as Writable & { fd?: number };
    if (out === process.stdout || out === process.stderr) return;
    await new Promise<void>((resolve, reject) => {
      out.once('error', reject);
      out.end(() => resolve());
    });
    out.off('error', this.onError);
  }
}

/** Resolves when the stream drains, rejects if it fails first; leaves no listener behind either way. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain);
      out.off('error', onError);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (err: Error) => done(err);
    out.on('drain', onDrain);
    out.on('error', onError);
  });
}
