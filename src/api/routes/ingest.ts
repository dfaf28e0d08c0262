// Ingest through the API: upload files (multipart), a JSONL body, or pasted articles as JSON. Answers 202
// with a job at once; GET /api/ingest/{id} reports its progress while the articles are coded and stored.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { ArticleInput } from '../../core/types.ts';
import { ApiError, notFound } from '../errors.ts';
import { uploadDir, type IngestSource } from '../ingestJobs.ts';
import { route } from '../route.ts';
import { parseJsonBody, parseWith } from '../validate.ts';

const PUBLISHED = /^\d{4}(-\d{2}(-\d{2})?)?([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export const pastedArticle = z.object({
  id: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
  text: z.string({ error: 'is required: the article text' }).trim().min(1, 'is empty: paste the article text').max(2_000_000, 'is too long (over 2,000,000 characters)'),
  title: z.string().trim().max(500, 'must be at most 500 characters').optional(),
  published: z.string().trim().regex(PUBLISHED, 'must be a date such as 2015-07-20 (or 2015-07, 2015)').optional(),
  outlet: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  url: z.url({ error: 'must be a URL such as https://example.org/news/1' }).optional(),
});

const articleList = z.object({ articles: z.array(pastedArticle).min(1, 'must hold at least one article').max(10_000, 'must hold at most 10,000 articles') });
/** One article, or { articles: [...] }: the shape decides which, so errors name the field at fault. */
const ingestBody = z.custom<z.input<typeof pastedArticle> | z.input<typeof articleList>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
  error: 'must be an article { text, title?, published?, outlet?, url?, id? } or { articles: [...] }',
});

const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'];

export const ingestRoutes = [
  route({
    method: 'post',
    path: '/api/ingest',
    tag: 'ingest',
    summary: 'Code and store articles: files (multipart field "files": .txt, .html, .jsonl), a JSONL body, or pasted articles as JSON',
    write: true,
    body: {
      description: 'multipart/form-data with files; application/x-ndjson, one {id, text, title?, published?, outlet?, url?} a line; or JSON',
      content: {
        'multipart/form-data': { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } },
        'application/x-ndjson': { type: 'string' },
        'application/json': { oneOf: [z.toJSONSchema(pastedArticle, { io: 'input' }), z.toJSONSchema(articleList, { io: 'input' })] },
      },
    },
    responses: { 202: { description: 'IngestJob: poll /api/ingest/{id} for progress' } },
    async handle(c, { jobs }) {
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      let source: IngestSource;
      if (type === 'multipart/form-data') source = await savedFiles(await c.req.parseBody({ all: true }));
      else if (JSONL_TYPES.includes(type)) {
        const dir = await uploadDir();
        const file = join(dir, 'upload.jsonl');
        await writeFile(file, Buffer.from(await c.req.arrayBuffer()));
        source = { files: [file], cleanup: dir };
      } else if (type === 'application/json') {
        const raw = await parseJsonBody(c, ingestBody);
        const articles = 'articles' in raw ? parseWith(articleList, raw, 'invalid_body').articles : [parseWith(pastedArticle, raw, 'invalid_body')];
        source = { articles: articles.map(toInput) };
      } else {
        throw new ApiError(415, 'unsupported_media_type', 'send multipart/form-data (files), application/x-ndjson (JSONL) or application/json (articles)', 'Content-Type');
      }
      return c.json(jobs.submit(source), 202);
    },
  }),
  route({
    method: 'get',
    path: '/api/ingest/{id}',
    tag: 'ingest',
    summary: 'Progress of an ingest job',
    params: { id: 'job id' },
    responses: { 200: { description: 'IngestJob' } },
    handle(c, { jobs }) {
      const job = jobs.get(c.req.param('id') ?? '');
      if (!job) throw notFound('ingest job', 'id');
      return c.json(job);
    },
  }),
];

function toInput(a: z.output<typeof pastedArticle>): ArticleInput {
  return {
    id: a.id ?? `pasted-${createHash('sha256').update(a.text).digest('hex').slice(0, 12)}`,
    text: a.text,
    ...(a.title ? { title: a.title } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(a.outlet ? { outlet: a.outlet } : {}),
    ...(a.url ? { url: a.url } : {}),
    origin: 'api',
  };
}

async function savedFiles(form: Record<string, unknown>): Promise<IngestSource> {
  const files = Object.values(form)
    .flat()
    .filter((v): v is File => typeof v === 'object' && v !== null && 'arrayBuffer' in v);
  if (!files.length) throw new ApiError(400, 'invalid_body', 'the form holds no files: send them in the field "files"', 'files');
  const dir = await uploadDir();
  const used = new Set<string>();
  const paths: string[] = [];
  for (const f of files) {
    // The client's name, made safe: no directories, no leading dots, unique within the upload.
    let name = basename(f.name || 'upload.txt').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '') || 'upload.txt';
    while (used.has(name)) name = `_${name}`;
    used.add(name);
    const path = join(dir, name);
    await writeFile(path, Buffer.from(await f.arrayBuffer()));
    paths.push(path);
  }
  return { files: paths, cleanup: dir };
}
