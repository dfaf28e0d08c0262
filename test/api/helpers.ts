// An API app over a temporary SQLite store holding the store tests' hand-made corpus (no pipeline needed).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/api/app.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { Store } from '../../src/store/store.ts';
import { corpus } from '../store/fixtures.ts';

export interface TestApi {
  get(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers; text: string }>;
  request(path: string, init?: RequestInit): Promise<Response>;
  store: Store;
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function testApi(opts: { token?: string; empty?: boolean } = {}): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-api-'));
  const store = await openStore(join(dir, 'api.db'));
  if (!opts.empty) {
    await store.putArticles(await store.startRun({ codeVersion: 't', dataVersion: 't', startedAt: '2015-07-20T00:00:00Z' }), corpus());
  }
  const { app, jobs } = createApp({ store, token: opts.token, web: false });
  const request = (path: string, init?: RequestInit) => Promise.resolve(app.request(path, init));
  return {
    store,
    request,
    async get(path, init) {
      const res = await request(path, init);
      const text = await res.text();
      let body: unknown = undefined;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      return { status: res.status, body, headers: res.headers, text };
    },
    idle: () => jobs.idle(),
    async close() {
      await jobs.idle();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
