// Proposes actor mentions: every catalogue alias found in a sentence's tokens (longest match wins; a person's
// name also in another transliteration), people the catalogue does not know (personMatcher) and phrases that
// refer back to actors (referenceMatcher). Refiners decide what they mean.
import type { Role, Token } from '../core/types.ts';
import type { ActorCatalogue, AliasEntry } from './actorCatalogue.ts';
import type { ReferenceType } from './actorCues.ts';
import { isCapitalised } from '../core/text.ts';
import { tokenize } from '../nlp/tokenizer.ts';
import { nameKey } from './nameKey.ts';
import { proposePeople } from './personMatcher.ts';
import { proposeReferences } from './referenceMatcher.ts';

export type ReferenceHow = 'pronoun' | 'subject-pronoun' | 'singular' | 'plural' | 'members' | 'former' | 'latter';

export interface ProposedMention {
  from: number; // token indexes within the sentence
  to: number;
  entry?: AliasEntry;
  /** Every reading the catalogue has for these words, best first (the entry is the first). */
  readings?: AliasEntry[];
  /** A person found by title or apposition, not in the catalogue. */
  person?: { name: string; role?: Role; titleFrom?: number; apposition?: { from: number; to: number } };
  /** A phrase referring to actors named before: "he", "the group", "both countries", "the NATO allies". */
  reference?: { how: ReferenceHow; type: ReferenceType; role?: Role; igo?: string };
  /** A name that holds an actor's name but is none ("North America", "the Persian Gulf"): the refiner sets it aside. */
  notActor?: string;
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

export function proposeMentions(tokens: Token[], catalogue: ActorCatalogue): ProposedMention[] {
  const out: ProposedMention[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  let keyed: Token[] | undefined; // tokens under their transliteration keys, made when first needed
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const not = catalogue.cues.notActorNames.startingAt(tokens, i);
    if (not && tokens.slice(i, not.to).some((t) => isCapitalised(t.text))) {
      out.push({ from: i, to: not.to, notActor: not.text, rule: `not-an-actor:"${not.text}"` });
      for (let k = i; k < not.to; k++) taken[k] = true;
      i = not.to - 1;
      continue;
    }
    let m = catalogue.aliases.matchesAt(tokens, i, (e, from, to) => caseAgrees(e, tokens.slice(from, to)))[0];
    let how = 'alias';
    if (!m && isCapitalised(tokens[i].text)) {
      keyed ??= tokens.map((t) => ({ ...t, lower: nameKey(t.text, catalogue.cues.references.transliterations) }));
      m = catalogue.personKeys.matchesAt(keyed, i, (_e, from, to) => tokens.slice(from, to).every((t) => isCapitalised(t.text)))[0];
      how = 'transliteration';
    }
    if (!m) continue;
    if (m.to - m.from === 1 && m.values.every((v) => v.kind === 'person') && partOfLongerName(tokens, m.from, catalogue)) continue;
    // Prefer our own data over the package's, a state over a territory; then a person, then a name,
    // over a demonym or capital reading of the same words.
    const readings = [...m.values].sort((a, b) => b.priority - a.priority || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    const entry = readings[0];
    out.push({ from: m.from, to: m.to, entry, ...(readings.length > 1 ? { readings } : {}), rule: `${how}:${entry.origin}` });
    for (let k = m.from; k < m.to; k++) taken[k] = true;
    i = m.to - 1;
  }
  const aliases = [...out];
  out.push(...proposePeople(tokens, catalogue, taken, aliases));
  out.push(...proposeReferences(tokens, catalogue, taken, aliases));
  return out.sort((a, b) => a.from - b.from || b.to - a.to);
}

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}']*$/u;

/**
 * A bare surname inside another person's name: "Hossein Bagheri-Nasab", "Ali Bagheri Kani" are not the Bagheri
 * of the catalogue. A first name before it counts only outside title-case headlines ("Carter Meets Erdogan").
 */
function partOfLongerName(tokens: Token[], i: number, c: ActorCatalogue): boolean {
  if (tokens[i + 1]?.text === '-' && tokens[i + 2] && NAME_WORD.test(tokens[i + 2].text) && tokens[i + 1].start === tokens[i].end) return true;
  const prev = tokens[i - 1];
  if (!prev || !NAME_WORD.test(prev.text) || c.cues.notNameWords.has(prev.lower) || c.titles.matchesAt(tokens, i - 1).some((t) => t.to === i)) return false;
  if (c.aliases.matchesAt(tokens, i - 1).length || c.roleNouns.matchesAt(tokens, i - 1).length) return false;
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  const capitalised = words.filter((t) => isCapitalised(t.text)).length;
  return capitalised / words.length < 0.6;
}
