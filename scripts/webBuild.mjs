// Builds the web UI (web/ → web/dist) when it is missing or older than its sources. Used by `npm start` and
// the end-to-end tests; `npm run build` builds unconditionally.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'web', 'dist');
const stamp = join(dist, '.built');
const SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json', 'src/api/types.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newest(join(path, n))));
}

export function webBuildIsStale() {
  if (!existsSync(stamp) || !existsSync(join(dist, 'index.html'))) return true;
  return Math.max(...SOURCES.map((p) => newest(join(root, p)))) > statSync(stamp).mtimeMs;
}

/** Builds web/dist if needed; returns whether it built. Throws when the build fails. */
export function ensureWebBuilt({ quiet = false } = {}) {
  if (!webBuildIsStale()) return false;
  if (!quiet) console.error('entente: building the web UI (web/ → web/dist)…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', join(root, 'web', 'vite.config.ts'), '--logLevel', quiet ? 'error' : 'warn'], {
    cwd: root,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  if (r.status !== 0) throw new Error(`the web UI build failed (vite exited with ${r.status ?? r.signal})`);
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureWebBuilt();
}
