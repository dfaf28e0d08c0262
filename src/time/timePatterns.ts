// Turns the phrases and templates of data/time/*.json into regular expressions, once at start-up.
// A phrase is lowercase words separated by spaces (matched case-insensitively, any run of spaces between
// words); a template adds placeholders in braces, each filled by an alternation and captured in order.

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Left and right word boundaries that treat letters and digits as word characters (Unicode-aware). */
export const WB_LEFT = '(?<![\\p{L}\\p{N}])';
export const WB_RIGHT = '(?![\\p{L}\\p{N}])';

/** One phrase as a regex source: words escaped, spaces → \s+, a hyphen also matches a space. */
export function phraseSource(p: string): string {
  return p
    .split(' ')
    .map((w) => escapeRe(w).replace(/-/g, '[-\\s]'))
    .join('\\s+');
}

/** An alternation of phrases, longest first so "coup attempt" wins over "coup". */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');
}

/** Phrases as a whole-word regex (flags giu); phrases starting with an apostrophe ("'ll") need no left boundary. */
export function phraseRegex(phrases: Iterable<string>): RegExp {
  const list = [...new Set(phrases)];
  const words = list.filter((p) => /^[\p{L}\p{N}]/u.test(p));
  const others = list.filter((p) => !/^[\p{L}\p{N}]/u.test(p));
  const parts = [];
  if (words.length) parts.push(`${WB_LEFT}(?:${alternation(words)})${WB_RIGHT}`);
  if (others.length) parts.push(`(?:${alternation(others)})${WB_RIGHT}`);
  return new RegExp(parts.join('|'), 'giu');
}

export interface CompiledTemplate {
  re: RegExp;
  /** The placeholder each capture group fills, in order. */
  slots: string[];
  /** The literal words of the template (lowercase), for reading a unit out of "the next day". */
  words: string[];
  /** Literal words a text must contain for the template to match: a cheap test before the regex. */
  needs: string[];
}

const TOO_COMMON = new Set(['the', 'a', 'an', 'of']);

/**
 * A template as a whole-word regex (flags giu). `fill` gives each placeholder's regex source (without groups);
 * every placeholder but {mod} becomes a capture group.
 */
export function compileTemplate(template: string, fill: Record<string, string>): CompiledTemplate {
  const slots: string[] = [];
  const words: string[] = [];
  let src = '';
  const tokens = template.split(' ');
  tokens.forEach((tok, i) => {
    let part = '';
    let last = 0;
    for (const m of tok.matchAll(/\{(\w+)\}/g)) {
      part += escapeRe(tok.slice(last, m.index));
      const name = m[1];
      const body = fill[name];
      if (body === undefined) throw new Error(`template "${template}": no filler for {${name}}`);
      if (name === 'mod') part += body;
      else {
        slots.push(name);
        part += `(${body})`;
      }
      last = m.index! + m[0].length;
    }
    part += escapeRe(tok.slice(last));
    if (!/\{/.test(tok)) words.push(tok);
    // {mod} carries its own trailing space, so no separator follows it.
    const sep = i < tokens.length - 1 && !tok.endsWith('{mod}') ? '\\s+' : '';
    src += part + sep;
  });
  const needs = words.filter((w) => !TOO_COMMON.has(w));
  return { re: new RegExp(`${WB_LEFT}${src}${WB_RIGHT}`, 'giu'), slots, words, needs };
}
