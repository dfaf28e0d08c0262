// Serve the app over HTTP on a port (0 picks a free one); resolves with the URL once listening.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.ts';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(opts: AppOptions & { port: number; host?: string }): Promise<RunningServer> {
  const { app } = createApp(opts);
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: host }, (info: AddressInfo) => {
      const shown = host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
