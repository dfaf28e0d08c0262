// A worker thread that codes articles: it loads the resources once, then answers { seq, article } messages
// with { seq, result } (or { seq, error }). Started by createArticleCoder through bin/worker.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from './types.ts';
import { loadResources } from './resources.ts';
import { processArticle } from './pipeline.ts';

// Only the first worker reports the catalogue's warnings: they would be the same from every worker.
const r = loadResources({ quiet: ((workerData as { index?: number } | null)?.index ?? 0) > 0 });
parentPort!.on('message', (msg: { seq: number; article: Article }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, result: processArticle(msg.article, r) });
  } catch (e) {
    parentPort!.postMessage({ seq: msg.seq, error: (e as Error).stack ?? String(e) });
  }
});
// Tell the coordinator what loading cost (bench reports it).
parentPort!.postMessage({ loadMs: r.loadMs });
