// Keys under which two spellings of one name compare equal: diacritics folded (Erdoğan = Erdogan, Işık = Isik)
// and common transliteration variants merged (Baqeri = Bagheri, Mohammed = Muhammad), by the replacements of
// data/actors/references.json, made in one left-to-right pass (at each point the first listed that fits).
// Used to find a person again by surname and to match catalogue names written in another transliteration.
import { fold } from '../core/text.ts';

export type Transliterations = ReadonlyArray<readonly [string, string]>;

const compiled = new WeakMap<Transliterations, { re: RegExp; to: Map<string, string>; cache: Map<string, string> }>();

function compile(rules: Transliterations) {
  let c = compiled.get(rules);
  if (!c) {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = rules.length ? new RegExp(rules.map(([from]) => esc(from)).join('|'), 'g') : /$^/g;
    c = { re, to: new Map(rules.map(([from, to]) => [from, to])), cache: new Map() };
    compiled.set(rules, c);
  }
  return c;
}

/** Folded, letters only, variant spellings merged, doubled letters single. */
export function nameKey(name: string, rules: Transliterations): string {
  const c = compile(rules);
  let key = c.cache.get(name);
  if (key === undefined) {
    // Most names are plain ASCII: no need to decompose them.
    key = (/^[\x20-\x7e]*$/.test(name) ? name.toLowerCase().replace(/[^a-z]/g, '') : fold(name).replace(/[^\p{L}]/gu, ''))
      .replace(c.re, (m) => c.to.get(m) ?? m)
      .replace(/(\p{L})\1+/gu, '$1');
    if (c.cache.size < 50_000) c.cache.set(name, key);
  }
  return key;
}
