// Splits text into word and punctuation tokens with their offsets. Dotted acronyms ("U.S.", "U.N.") stay one
// token; a possessive "'s" is its own token; hyphens are tokens, so "U.S.-backed" is U.S. / - / backed and
// "al-Bab" is al / - / Bab (dictionary entries are tokenised the same way, so both sides agree).
import type { Token } from '../core/types.ts';
import { fold } from '../core/text.ts';

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[.,:][\p{N}]+)*|'s\b|'|\S/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + m.index!;
    out.push({ start: s, end: s + m[0].length, text: m[0], lower: fold(m[0]) });
  }
  return out;
}

/** Folded token texts of a dictionary phrase, for building look-up keys. */
export function phraseKey(phrase: string): string[] {
  // Plain ASCII words split on spaces exactly as the tokenizer splits them: the catalogues' tens of thousands of
  // names take this path at start-up (checked against the tokenizer in test/nlp/tokenizer.test.ts).
  if (PLAIN_WORDS.test(phrase)) return phrase.toLowerCase().split(' ');
  return tokenize(phrase).map((t) => t.lower);
}
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
