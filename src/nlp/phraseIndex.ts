// A trie over folded token sequences: the look-up structure behind every dictionary matcher
// (actors, places). Built once at start-up; matching is one walk per token position.
import type { Token } from '../core/types.ts';
import { phraseKey } from './tokenizer.ts';

/** A trie node; `next` and `values` are made only when needed (most nodes of a name index are leaves). */
interface Node<T> {
  next?: Map<string, Node<T>>;
  values?: T[];
}

export interface PhraseMatch<T> {
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  values: T[];
}

export class PhraseIndex<T> {
  private root: Node<T> = {};
  size = 0;

  add(phrase: string, value: T): void {
    const key = phraseKey(phrase);
    if (!key.length) return;
    let node = this.root;
    for (const k of key) {
      const next = (node.next ??= new Map());
      let child = next.get(k);
      if (!child) next.set(k, (child = {}));
      node = child;
    }
    (node.values ??= []).push(value);
    this.size++;
  }

  /** Every phrase that starts at token i, longest first, filtered by `accept`. */
  matchesAt(tokens: Token[], i: number, accept: (v: T, from: number, to: number) => boolean = () => true): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let node: Node<T> | undefined = this.root;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next?.get(tokens[j].lower);
      if (!node) break;
      if (node.values) {
        const ok = node.values.filter((v) => accept(v, i, j + 1));
        if (ok.length) out.push({ from: i, to: j + 1, values: ok });
      }
    }
    return out.reverse();
  }

  /** Greedy left-to-right longest matches that do not overlap. */
  findAll(tokens: Token[], accept?: (v: T, from: number, to: number) => boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchesAt(tokens, i, accept)[0];
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
