// A small set of word phrases compared on folded tokens, for the cue lists of the actor stage ("according
// to", "both countries", "the Jordan"): which phrase ends right before a token, which starts at it. Phrases
// are indexed by their first and by their last word, longest first.
import type { Token } from '../core/types.ts';
import { phraseKey } from '../nlp/tokenizer.ts';

interface Phrase<T> {
  key: string[];
  value: T;
  text: string;
}

export class PhraseSet<T = true> {
  private byFirst = new Map<string, Phrase<T>[]>();
  private byLast = new Map<string, Phrase<T>[]>();
  private singles = new Set<string>();
  size = 0;

  constructor(entries: Iterable<string | readonly [string, T]> = []) {
    for (const e of entries) {
      if (typeof e === 'string') this.add(e, true as T);
      else this.add(e[0], e[1]);
    }
  }

  add(phrase: string, value: T): void {
    const key = phraseKey(phrase);
    if (!key.length) return;
    const p = { key, value, text: phrase };
    for (const [map, word] of [
      [this.byFirst, key[0]],
      [this.byLast, key[key.length - 1]],
    ] as const) {
      const list = map.get(word) ?? [];
      list.push(p);
      list.sort((a, b) => b.key.length - a.key.length);
      map.set(word, list);
    }
    if (key.length === 1) this.singles.add(key[0]);
    this.size++;
  }

  /** A one-word phrase equal to this folded word. */
  has(word: string): boolean {
    return this.singles.has(word);
  }

  /** The longest phrase whose words are tokens[i …]. */
  startingAt(tokens: Token[], i: number): { to: number; value: T; text: string } | undefined {
    if (i < 0 || i >= tokens.length) return undefined;
    for (const p of this.byFirst.get(tokens[i].lower) ?? []) {
      if (i + p.key.length > tokens.length) continue;
      if (p.key.every((w, k) => tokens[i + k].lower === w)) return { to: i + p.key.length, value: p.value, text: p.text };
    }
    return undefined;
  }

  /** The longest phrase whose last word is tokens[end - 1]. */
  endingAt(tokens: Token[], end: number): { from: number; value: T; text: string } | undefined {
    if (end < 1 || end > tokens.length) return undefined;
    for (const p of this.byLast.get(tokens[end - 1].lower) ?? []) {
      const from = end - p.key.length;
      if (from < 0) continue;
      if (p.key.every((w, k) => tokens[from + k].lower === w)) return { from, value: p.value, text: p.text };
    }
    return undefined;
  }
}
