// The end-to-end set-up: the web UI built, the sample corpus ingested into a temporary SQLite file, a real
// `entente serve` on a free port, and Debian's Chromium driven by playwright-core (no browser download).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureWebBuilt } from '../../scripts/webBuild.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(root, 'bin', 'entente.mjs');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SHOTS = join(root, 'test-results', 'screenshots');

export interface Harness {
  url: string;
  browser: Browser;
  page: Page;
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  ensureWebBuilt({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'entente-e2e-'));
  const db = join(dir, 'e2e.db');
  const ingest = spawnSync(process.execPath, [BIN, 'ingest', join(root, 'data', 'samples'), '--db', db, '--quiet'], { encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest of the sample corpus failed: ${ingest.stderr}`);
  const server = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const stopServer = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  };
  let url: string;
  let browser: Browser;
  try {
    url = await serverUrl(server);
    // playwright-core makes a fresh temporary profile for each launch; contexts are fresh too.
    browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // WebGL (the network graph) in software.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
    });
  } catch (e) {
    // Nothing may outlive a failed set-up: a live child process would keep the test runner waiting.
    await stopServer();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  mkdirSync(SHOTS, { recursive: true });
  return {
    url,
    browser,
    page,
    async shot(name) {
      await page.screenshot({ path: join(SHOTS, `${name}.png`) });
    },
    async close() {
      await browser.close().catch(() => {});
      await stopServer();
      rmSync(dir, { recursive: true, force: true });
      if (problems.length) throw new Error(`the page threw: ${problems.join('; ')}`);
    },
  };
}

function serverUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`entente serve did not start in 30 s: ${err}`)), 30_000);
    server.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    server.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`entente serve exited (${code}): ${err}`));
    });
  });
}

export const chromiumAvailable = () => existsSync(CHROMIUM);
