// Reads the inputs a user names on the command line and yields articles one at a time, in input order:
// .txt files (id = file name without extension), .html files (main text through Readability),
// .jsonl files (one {id, text, title?, published?, outlet?, url?} record a line) and directories of them.
// A bad input never stops the others: it is yielded as an error naming the file (and line).
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { ArticleInput } from '../core/types.ts';
import { readHtmlArticle } from './htmlReader.ts';

export interface InputError {
  file: string;
  line?: number;
  message: string;
}

export type InputItem = { article: ArticleInput; error?: undefined } | { error: InputError; article?: undefined };

const JsonlRecord = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string(),
  title: z.string().nullish(),
  published: z.string().nullish(),
  publishedApprox: z.boolean().nullish(),
  outlet: z.string().nullish(),
  url: z.string().nullish(),
});

const TEXT_EXT = new Set(['.txt', '.text']);
const HTML_EXT = new Set(['.html', '.htm']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const KNOWN_EXT = new Set([...TEXT_EXT, ...HTML_EXT, ...JSONL_EXT]);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes as UTF-8 text, or says why it is not text. */
export function decodeText(buf: Buffer): { text: string } | { problem: string } {
  if (buf.length === 0) return { problem: 'file is empty' };
  if (buf.includes(0)) return { problem: 'file is binary (contains NUL bytes), not text' };
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    return { problem: 'file is not valid UTF-8' };
  }
  if (!text.trim()) return { problem: 'file has no text (only whitespace)' };
  return { text };
}

export async function* readInputs(paths: string[]): AsyncGenerator<InputItem> {
  for (const p of paths) yield* readPath(p, true);
}

async function* readPath(path: string, named: boolean): AsyncGenerator<InputItem> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { error: { file: path, message: `cannot read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}` } };
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (e) {
      yield { error: { file: path, message: `cannot list directory: ${(e as Error).message}` } };
      return;
    }
    for (const name of names) {
      const child = join(path, name);
      const s = await stat(child).catch(() => undefined);
      // Inside a directory, only files we know how to read are taken; other files (READMEs) are passed over.
      if (s?.isDirectory() || KNOWN_EXT.has(extname(name).toLowerCase())) yield* readPath(child, false);
    }
    return;
  }
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) yield* readJsonl(path);
  else if (HTML_EXT.has(ext)) yield await readHtml(path);
  else if (TEXT_EXT.has(ext) || named) yield await readText(path, TEXT_EXT.has(ext));
}

async function readBytes(path: string): Promise<{ text: string } | { error: InputError }> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    return { error: { file: path, message: `cannot read: ${(e as Error).message}` } };
  }
  const decoded = decodeText(buf);
  return 'problem' in decoded ? { error: { file: path, message: decoded.problem } } : decoded;
}

async function readText(path: string, knownExt: boolean): Promise<InputItem> {
  if (!knownExt) {
    return { error: { file: path, message: `unsupported input type "${extname(path) || '(none)'}": expected .txt, .html, .jsonl or a directory` } };
  }
  const r = await readBytes(path);
  if ('error' in r) return r;
  return { article: { id: basename(path, extname(path)), text: r.text, origin: path } };
}

async function readHtml(path: string): Promise<InputItem> {
  const r = await readBytes(path);
  if ('error' in r) return r;
  const article = readHtmlArticle(r.text, basename(path, extname(path)));
  if (!article) return { error: { file: path, message: 'no article text found in the HTML' } };
  return { article: { ...article, origin: path } };
}

async function* readJsonl(path: string): AsyncGenerator<InputItem> {
  const r = await readBytes(path);
  if ('error' in r) {
    yield r;
    return;
  }
  // Read the file as a stream so very large JSONL files are not held in memory twice.
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      yield { error: { file: path, line: n, message: 'line is not valid JSON' } };
      continue;
    }
    const rec = JsonlRecord.safeParse(json);
    if (!rec.success) {
      const issue = rec.error.issues[0];
      const field = issue.path.join('.') || '(record)';
      const message =
        field === 'text' && issue.code === 'invalid_type' ? 'record lacks "text" (a string)' : `field "${field}": ${issue.message}`;
      yield { error: { file: path, line: n, message } };
      continue;
    }
    const d = rec.data;
    if (!d.text.trim()) {
      yield { error: { file: path, line: n, message: 'record has an empty "text"' } };
      continue;
    }
    yield {
      article: {
        id: String(d.id),
        text: d.text,
        title: d.title ?? undefined,
        published: d.published ?? undefined,
        publishedApprox: d.publishedApprox ?? undefined,
        outlet: d.outlet ?? undefined,
        url: d.url ?? undefined,
        origin: `${path}:${n}`,
      },
    };
  }
}

export function formatInputError(e: InputError): string {
  return `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`;
}
