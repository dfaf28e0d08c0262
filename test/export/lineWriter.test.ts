// The writer under the exports waits for a slow reader instead of buffering everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { LineWriter } from '../../src/export/lineWriter.ts';

test('LineWriter waits for the stream to drain: memory holds a chunk and the stream buffer, not the output', async () => {
  let maxBuffered = 0;
  let received = '';
  const slow = new Writable({
    highWaterMark: 1024,
    write(chunk, _enc, done) {
      received += chunk.toString();
      setTimeout(done, 1);
    },
  });
  const w = new LineWriter(slow, 256);
  const line = `${'x'.repeat(99)}\n`;
  for (let i = 0; i < 500; i++) {
    await w.write(line);
    maxBuffered = Math.max(maxBuffered, slow.writableLength);
  }
  await w.end();
  assert.equal(received, line.repeat(500));
  assert.ok(maxBuffered <= 1024 + 256 + line.length, `buffered ${maxBuffered} bytes`);
});

test('LineWriter reports a stream error', async () => {
  const broken = new Writable({
    write(_chunk, _enc, done) {
      done(new Error('disk full'));
    },
  });
  const w = new LineWriter(broken, 1);
  await assert.rejects(async () => {
    for (let i = 0; i < 100; i++) await w.write('line\n');
    await w.end();
  }, /disk full/);
});
