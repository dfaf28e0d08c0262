// Splits normalised text into sentences. Paragraphs (separated by newlines) are split first; inside a
// paragraph a sentence ends at . ! or ? (with any closing quotes or brackets) followed by a space and a
// capital, digit or opening quote — unless the word before the period is an abbreviation
// (data/nlp/abbreviations.json), an initial or a dotted acronym followed by a lowercase word.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Sentence } from '../core/types.ts';
import { dataPath } from '../core/paths.ts';

const AbbrevFile = z.object({
  version: z.number(),
  note: z.string().optional(),
  abbreviations: z.array(z.string()),
  sentenceStarters: z.array(z.string()),
});

interface Abbrevs {
  abbreviations: Set<string>;
  starters: Set<string>;
}

export interface SentenceSplitter {
  split(text: string): Sentence[];
}

export function loadSentenceSplitter(file = dataPath('nlp/abbreviations.json')): SentenceSplitter {
  let abbrevs: Abbrevs;
  try {
    const f = AbbrevFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    abbrevs = { abbreviations: new Set(f.abbreviations), starters: new Set(f.sentenceStarters) };
  } catch (e) {
    throw new Error(`${file}: invalid abbreviations file: ${(e as Error).message}`);
  }
  return { split: (text) => splitSentences(text, abbrevs) };
}

const BOUNDARY = /[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string, abbrevs: Abbrevs): Sentence[] {
  const out: Sentence[] = [];
  const para = /[^\n]+/g;
  let first = true;
  for (const p of text.matchAll(para)) {
    const pStart = p.index!;
    const body = p[0];
    let s = 0;
    for (const m of body.matchAll(BOUNDARY)) {
      const end = m.index! + m[0].length;
      if (m[0].startsWith('.') && !endsSentence(body, m.index!, end, abbrevs)) continue;
      push(out, text, pStart + s, pStart + end);
      s = end;
    }
    push(out, text, pStart + s, pStart + body.length);
    if (first && out.length) {
      // The first paragraph is a headline when it is one short line that does not end like a sentence.
      const only = out.length === 1 && !/[.!?]["')\]]*$/.test(body.trim()) && body.length < 200;
      if (only) out[0].headline = true;
      first = false;
    }
  }
  return out;
}

function endsSentence(body: string, dot: number, after: number, abbrevs: Abbrevs): boolean {
  const word = /(\S+)$/.exec(body.slice(0, dot))?.[1] ?? '';
  const bare = word.replace(/^["'(\[]+/, '');
  if (/^\p{Lu}$/u.test(bare)) return false; // an initial: "George W. Bush"
  if (abbrevs.abbreviations.has(bare.toLowerCase())) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) {
    // "U.S. Defense Secretary" goes on; "... with the U.S. The talks" ends.
    const next = /^\s+["'(\[]?(\p{L}+)/u.exec(body.slice(after))?.[1] ?? '';
    return abbrevs.starters.has(next);
  }
  return true;
}

function push(out: Sentence[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, index: out.length });
}
