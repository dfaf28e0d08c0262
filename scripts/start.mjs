#!/usr/bin/env node
// `npm start`: build the web UI if needed, ingest the bundled sample corpus into ./entente.db on the first
// run, then serve the app on http://localhost:8080 (PORT or --port to change; --db for another store).
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';
import { ensureWebBuilt } from './webBuild.mjs';

const args = process.argv.slice(2);
const dbAt = args.indexOf('--db');
const db = dbAt >= 0 ? args[dbAt + 1] : process.env.ENTENTE_DB || 'entente.db';
const port = args.includes('--port') ? args[args.indexOf('--port') + 1] : process.env.PORT || '8080';

ensureWebBuilt();
register();
const { main } = await import('../src/cli/main.ts');
const samples = new URL('../data/samples', import.meta.url).pathname;
if (!/^postgres(ql)?:\/\//i.test(db) && !existsSync(db)) {
  console.error(`entente: first run: coding the sample corpus into ${db}…`);
  const code = await main(['ingest', samples, '--db', db]);
  if (code !== 0) process.exit(code);
}
process.exitCode = await main(['serve', '--db', db, '--port', port]);
