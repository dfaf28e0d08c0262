// Normalises an article's text once, at ingest. Every later span points into the text this returns.
// - Unicode NFC; NBSP and other fixed spaces → space; zero-width characters dropped; CRLF → LF.
// - Curly quotes → straight ones (same length, so nothing shifts); the ellipsis character → "...".
// - Boilerplate lines (agency credits, "READ MORE" links; patterns in data/ingest/boilerplate.json) dropped,
//   and a line repeating the one before it (a photo caption echo) dropped.
// - Line breaks: a newline ends a paragraph only where the line ends a sentence, is followed by a blank line,
//   or stands alone as a headline or byline; otherwise it is a hard wrap and becomes a space.
// Paragraphs are separated by "\n\n" in the output; the first paragraph of a multi-line text is the headline
// when it stands alone and does not end like a sentence.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../core/paths.ts';

const BoilerplateFile = z.object({ version: z.number(), note: z.string().optional(), lines: z.array(z.string()) });

export interface Normaliser {
  normalise(raw: string): string;
}

const SENTENCE_END = /[.!?:;"')\]…]$/;
const WRAP_WORD = /\b(and|or|of|the|a|an|to|in|on|at|by|for|with|from|between|against|that|which|who|as|its|their|his|her)$/;
const FIXED_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
const ZERO_WIDTH = /[\u0000\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function loadNormaliser(file = dataPath('ingest/boilerplate.json')): Normaliser {
  let parsed;
  try {
    parsed = BoilerplateFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    throw new Error(`${file}: invalid boilerplate file: ${(e as Error).message}`);
  }
  const patterns = parsed.lines.map((p, i) => {
    try {
      return new RegExp(p, 'iu');
    } catch (e) {
      throw new Error(`${file}: lines[${i}] is not a valid regular expression: ${(e as Error).message}`);
    }
  });
  const isBoilerplate = (line: string) => patterns.some((re) => re.test(line));
  return { normalise: (raw) => normaliseText(raw, isBoilerplate) };
}

export function normaliseText(raw: string, isBoilerplate: (line: string) => boolean = () => false): string {
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(FIXED_SPACES, ' ')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/[\u2013\u2014]/g, (d) => (d === '\u2014' ? '—' : '–'));

  // Lines, trimmed; blank lines kept as paragraph markers (null).
  const lines: Array<string | null> = [];
  let previous = '';
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/ {2,}/g, ' ').trim();
    if (!line) {
      lines.push(null);
      continue;
    }
    if (isBoilerplate(line)) continue;
    if (line === previous) continue; // a caption or byline echoed on the next line
    previous = line;
    lines.push(line);
  }

  const paragraphs: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === null) {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    current = current ? `${current} ${line}` : line;
    const next = lines[i + 1];
    if (next === undefined || next === null || endsParagraph(line, next, !paragraphs.length && current === line)) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n\n');
}

/** Does a newline after `line` (followed by `next`) end a paragraph? */
function endsParagraph(line: string, next: string, firstLine: boolean): boolean {
  if (SENTENCE_END.test(line)) return true;
  const nextStartsLower = /^[a-z(,]/.test(next);
  if (nextStartsLower) return false; // a hard wrap mid-sentence
  if (/[,–—-]$/.test(line) || WRAP_WORD.test(line)) return false; // a line cannot end on "and", "of the", a comma
  // A short line that does not end like a sentence stands alone: a headline, byline or dateline.
  if (firstLine || line.length < 90) return true;
  return false;
}
