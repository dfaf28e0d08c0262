// Proposes actor mentions: every catalogue alias found in a sentence's tokens (longest match wins),
// and people the catalogue does not know, found by a title before a capitalised name
// ("Defense Minister Fikri Isik", "Pentagon spokesman Peter Cook"). Refiners decide what they mean.
import type { Token } from '../core/types.ts';
import type { ActorCatalogue, AliasEntry } from './actorCatalogue.ts';
import { isCapitalised } from '../core/text.ts';
import { tokenize } from '../nlp/tokenizer.ts';
import type { Role } from '../core/types.ts';

export interface ProposedMention {
  from: number; // token indexes within the sentence
  to: number;
  entry?: AliasEntry;
  /** A person found by title, not in the catalogue. */
  person?: { name: string; role: Role; titleFrom: number };
  rule: string;
}

const aliasTokens = new Map<string, Token[]>();
function tokensOf(alias: string): Token[] {
  let t = aliasTokens.get(alias);
  if (!t) aliasTokens.set(alias, (t = tokenize(alias)));
  return t;
}

/** Does the text's casing agree with the alias? Capitalised alias words must be capitalised in text, acronyms in capitals. */
export function caseAgrees(entry: AliasEntry, text: Token[]): boolean {
  const want = tokensOf(entry.alias);
  if (want.length !== text.length) return false;
  for (let i = 0; i < want.length; i++) {
    const w = want[i].text;
    const t = text[i].text;
    if (entry.caseSensitive) {
      if (w !== t) return false;
      continue;
    }
    const letters = w.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
      const tl = t.replace(/[^\p{L}]/gu, '');
      if (tl !== tl.toUpperCase()) return false; // "ISIS" matches ISIS, not "Isis"
    } else if (isCapitalised(w) && !isCapitalised(t)) return false;
  }
  return true;
}

const KIND_ORDER: Record<string, number> = { person: 0, name: 1, national: 2, demonym: 3, capital: 4 };
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'-]*$/u;
const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'el', 'abu', 'ul', 'da', 'di', 'le', 'la']);

export function proposeMentions(tokens: Token[], catalogue: ActorCatalogue): ProposedMention[] {
  const out: ProposedMention[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const m = catalogue.aliases.matchesAt(tokens, i, (e, from, to) => caseAgrees(e, tokens.slice(from, to)))[0];
    if (!m) continue;
    // Prefer our own data over the package's, a state over a territory; then a person, then a name,
    // over a demonym or capital reading of the same words.
    const entry = [...m.values].sort((a, b) => b.priority - a.priority || KIND_ORDER[a.kind] - KIND_ORDER[b.kind])[0];
    out.push({ from: m.from, to: m.to, entry, rule: `alias:${entry.origin}` });
    for (let k = m.from; k < m.to; k++) taken[k] = true;
    i = m.to - 1;
  }
  // Titles followed by a capitalised name the catalogue does not know: a capitalised title ("Defense Minister
  // Fikri Isik"), or a role word right after an actor ("Pentagon spokesman Peter Cook").
  const actorEnds = new Set(out.filter((p) => p.entry && p.entry.kind !== 'person').map((p) => p.to));
  for (let i = 0; i < tokens.length; i++) {
    const t =
      catalogue.titles.matchesAt(tokens, i, (_r, from, to) => tokens.slice(from, to).every((x) => isCapitalised(x.text) || /^\p{P}$/u.test(x.text)))[0] ??
      (actorEnds.has(i) || (actorEnds.has(i - 1) && tokens[i - 1].text === "'s") ? catalogue.roleNouns.matchesAt(tokens, i)[0] : undefined);
    if (!t) continue;
    let j = t.to;
    const nameStart = j;
    while (j < tokens.length && (NAME_WORD.test(tokens[j].text) || (j > nameStart && NAME_PARTICLES.has(tokens[j].lower) && tokens[j + 1] && NAME_WORD.test(tokens[j + 1].text)) || (tokens[j].text === '-' && j > nameStart))) j++;
    while (j > nameStart && (tokens[j - 1].text === '-' || NAME_PARTICLES.has(tokens[j - 1].lower))) j--;
    const len = j - nameStart;
    if (len < 2 || len > 5) continue; // a person needs at least a first and last name here
    if (taken.slice(nameStart, j).some(Boolean)) continue;
    if (catalogue.titles.matchesAt(tokens, nameStart).length) continue; // "President Prime Minister" is not a name
    const name = tokens.slice(nameStart, j).map((x) => x.text).join(' ').replace(/ - /g, '-');
    out.push({ from: nameStart, to: j, person: { name, role: t.values[0], titleFrom: i }, rule: 'title+name' });
    for (let k = nameStart; k < j; k++) taken[k] = true;
  }
  return out.sort((a, b) => a.from - b.from);
}
