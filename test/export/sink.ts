// A writable that keeps what is written, for the export tests.
import { Writable } from 'node:stream';

export class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    this.text += chunk.toString();
    done();
  }
}
