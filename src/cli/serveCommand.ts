// `entente serve [--db FILE|URL] [--port 8080] [--host 127.0.0.1] [--log]`: the HTTP API and the web UI.
// Writes (ingest) need `Authorization: Bearer $ENTENTE_TOKEN` when ENTENTE_TOKEN is set.
import { openStore } from '../store/openStore.ts';
import { startServer } from '../api/server.ts';
import { parse, UsageError } from './args.ts';

export async function serveCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    log: { type: 'boolean' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const portText = values.port ?? process.env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number from 0 to 65535 (got "${portText}")`);
  const store = await openStore(values.db);
  let server;
  try {
    server = await startServer({ store, port, host: values.host, token: process.env.ENTENTE_TOKEN, log: values.log });
  } catch (e) {
    await store.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') throw new Error(`port ${port} is in use: stop what uses it or choose another with --port`);
    throw e;
  }
  const [articles, events] = await Promise.all([store.countArticles(), store.countEvents()]);
  console.log(`Entente is serving ${articles} article(s) and ${events} event(s) at ${server.url}`);
  console.log(process.env.ENTENTE_TOKEN ? 'Writes need the ENTENTE_TOKEN bearer token.' : 'Writes are open (set ENTENTE_TOKEN to protect them).');
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise(() => {}); // serve until stopped
  return 0;
}
