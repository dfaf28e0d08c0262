// Ingest through the API: an upload (files or pasted articles) becomes a job that codes and stores the
// articles in the background while the client polls its progress. Jobs run one at a time, in order, in this
// process; each records a run like `entente ingest` and is idempotent the same way (by content hash).
// The coding loop yields to the event loop between articles, so the server keeps answering while it works.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { randomBytes } from 'node:crypto';
import { readInputs } from '../ingest/inputReader.ts';
import { codeVersion, dataVersion } from '../core/version.ts';
import type { Article, ArticleInput, ArticleResult } from '../core/types.ts';
import type { Store } from '../store/store.ts';
import type { IngestJob } from './types.ts';

/** What a job reads: files saved to a temporary directory (removed when done), or articles given as JSON. */
export type IngestSource = { files: string[]; cleanup?: string } | { articles: ArticleInput[] };

const BATCH = 20;
const KEEP_JOBS = 100;

export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store) {}

  submit(source: IngestSource): IngestJob {
    const job: IngestJob = {
      id: randomBytes(8).toString('hex'),
      state: 'queued',
      stage: 'waiting for earlier uploads',
      total: null,
      read: 0,
      stored: 0,
      skipped: 0,
      failed: 0,
      events: 0,
      errors: [],
      articleIds: [],
      startedAt: new Date().toISOString(),
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    for (const id of this.jobs.keys()) if (this.jobs.size > KEEP_JOBS) this.jobs.delete(id);
    this.queue = this.queue.then(() => this.run(job, source));
    return { ...job };
  }

  get(id: string): IngestJob | undefined {
    const job = this.jobs.get(id);
    return job && { ...job, errors: [...job.errors], articleIds: [...job.articleIds] };
  }

  /** Resolves when every job submitted so far has finished. */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(job: IngestJob, source: IngestSource): Promise<void> {
    job.state = 'running';
    try {
      job.stage = 'reading';
      const inputs: ArticleInput[] = [];
      if ('articles' in source) inputs.push(...source.articles);
      else {
        for await (const item of readInputs(source.files)) {
          if (item.error) {
            job.failed++;
            job.errors.push({ ...item.error, file: displayName(item.error.file, source.cleanup), message: item.error.message });
          } else inputs.push(item.article);
        }
      }
      job.total = inputs.length;
      job.stage = 'loading dictionaries';
      await yieldToEventLoop();
      // The pipeline is loaded on the first ingest, not when the server starts: most sessions only read.
      const [{ loadResources }, { buildArticle, processArticle }] = await Promise.all([import('../core/resources.ts'), import('../core/pipeline.ts')]);
      const r = loadResources();
      const runId = await this.store.startRun({ codeVersion: codeVersion(), dataVersion: dataVersion(), startedAt: new Date().toISOString() });
      job.stage = 'coding';
      for (let i = 0; i < inputs.length; i += BATCH) {
        const batch = inputs.slice(i, i + BATCH).map((input) => buildArticle(input, r));
        const known = await this.store.knownHashes(batch.map((a) => a.contentHash));
        const coded: Array<{ article: Article; result: ArticleResult }> = [];
        for (const article of batch) {
          job.read++;
          if (known.has(article.contentHash)) {
            job.skipped++;
            continue;
          }
          try {
            coded.push({ article, result: processArticle(article, r) });
          } catch (e) {
            job.failed++;
            job.errors.push({ file: article.id, message: `could not be coded: ${(e as Error).message}` });
          }
          await yieldToEventLoop();
        }
        const res = await this.store.putArticles(runId, coded);
        job.stored += res.inserted;
        job.skipped += res.skipped;
        job.events += coded.reduce((n, c) => n + c.result.events.length, 0);
        job.articleIds.push(...batch.map((a) => a.id));
      }
      job.state = 'done';
      job.stage = 'done';
    } catch (e) {
      job.state = 'failed';
      job.stage = 'failed';
      job.errors.push({ file: '(job)', message: (e as Error).message });
    } finally {
      job.finishedAt = new Date().toISOString();
      if ('files' in source && source.cleanup) await rm(source.cleanup, { recursive: true, force: true });
    }
  }
}

/** A temporary directory for an upload's files. */
export function uploadDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'entente-upload-'));
}

/** Errors name the uploaded file, not where it was saved. */
function displayName(file: string, dir: string | undefined): string {
  return dir && file.startsWith(dir) ? file.slice(dir.length + 1) : file;
}

