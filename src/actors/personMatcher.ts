// Proposes people the catalogue does not know, from how the text introduces them:
//  - a capitalised title before the name: "Defense Minister Fikri Isik", "Gen. John Doe";
//  - an actor and a role noun naming one person before it: "Pentagon spokesman Peter Cook", "Iran's foreign
//    minister John Doe" (an outlet or a ministry is no person: "Turkish outlet Daily Sabah");
//  - an apposition with such a role noun after it: "John Doe, the most senior general in Iran", "John Doe, a
//    spokesman for the Pentagon";
//  - such a role noun phrase before it, set off by commas: "Iran's foreign minister, John Doe,".
// The proposal records the title or role noun and the apposition; the person refiner decides the affiliation.
import type { Role, Token } from '../core/types.ts';
import type { ActorCatalogue } from './actorCatalogue.ts';
import type { ProposedMention } from './actorMatcher.ts';
import { isCapitalised } from '../core/text.ts';

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'-]*$/u;
const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'el', 'abu', 'ul', 'da', 'di', 'le', 'la']);
const ARTICLES = new Set(['the', 'a', 'an']);
const APPOSITION_END = new Set([',', '.', ';', ':', '(', ')', '"', 'said', 'says', 'told', 'and', 'who', 'which']);

/** The end (exclusive) of a capitalised personal name starting at i, or i when there is none. */
export function nameEnd(tokens: Token[], i: number): number {
  let j = i;
  while (
    j < tokens.length &&
    (NAME_WORD.test(tokens[j].text) ||
      (j > i && NAME_PARTICLES.has(tokens[j].lower) && tokens[j + 1] && NAME_WORD.test(tokens[j + 1].text)) ||
      (tokens[j].text === '-' && j > i && tokens[j + 1] && (NAME_WORD.test(tokens[j + 1].text) || NAME_PARTICLES.has(tokens[j + 1].lower))))
  )
    j++;
  // A trailing particle is no part of the name ("… al"), unless capitalised: "Bekir Ercan Van" ends in a surname.
  while (j > i && (tokens[j - 1].text === '-' || (NAME_PARTICLES.has(tokens[j - 1].lower) && !/^\p{Lu}/u.test(tokens[j - 1].text)))) j--;
  return j;
}

const nameOf = (tokens: Token[], from: number, to: number) => tokens.slice(from, to).map((x) => x.text).join(' ').replace(/ - /g, '-');

/** A role noun phrase naming one person at i ("spokesman", "foreign minister", "general"), with its role. */
function personRoleAt(tokens: Token[], i: number, c: ActorCatalogue): { to: number; role?: Role } | undefined {
  const noun = c.roleNouns.matchesAt(tokens, i)[0];
  const title = c.titles.matchesAt(tokens, i)[0];
  const best = [noun, title].filter((m) => m && c.cues.personNouns.endingAt(tokens, m.to)).sort((a, b) => b!.to - a!.to)[0];
  if (best) return { to: best.to, role: best.values[0] };
  const bare = c.cues.personNouns.startingAt(tokens, i);
  return bare ? { to: bare.to } : undefined;
}

/**
 * The apposition after a name: ", the most senior general in Iran" — a phrase up to the next comma or verb that
 * holds a role noun naming one person. Returns its token range and role.
 */
function appositionAfter(tokens: Token[], nameTo: number, c: ActorCatalogue): { from: number; to: number; role?: Role } | undefined {
  if (tokens[nameTo]?.text !== ',') return undefined;
  const from = nameTo + 1;
  let role: { to: number; role?: Role } | undefined;
  let k = from;
  for (; k < Math.min(tokens.length, from + 12); k++) {
    if (APPOSITION_END.has(tokens[k].lower) && k > from) break;
    role ??= personRoleAt(tokens, k, c);
  }
  if (!role) return undefined;
  // It must read as a noun phrase: an article, a possessive actor or an adjective first, not a verb.
  const first = tokens[from];
  if (!first || !(ARTICLES.has(first.lower) || isCapitalised(first.text) || /^(one|his|her|their|its)$/.test(first.lower))) return undefined;
  return { from, to: k, ...(role.role ? { role: role.role } : {}) };
}

export function proposePeople(tokens: Token[], c: ActorCatalogue, taken: boolean[], aliases: ProposedMention[]): ProposedMention[] {
  const out: ProposedMention[] = [];
  const actorEnds = new Set(aliases.filter((p) => p.entry && p.entry.kind !== 'person').map((p) => p.to));
  const free = (from: number, to: number) => !taken.slice(from, to).some(Boolean);
  /** A name's end, stopping before any word another proposal has taken. */
  const freeNameEnd = (from: number) => {
    const j = nameEnd(tokens, from);
    let k = from;
    while (k < j && !taken[k]) k++;
    return k;
  };
  const take = (from: number, to: number) => {
    for (let k = from; k < to; k++) taken[k] = true;
  };

  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    // Title or "actor + role noun" right before a name.
    const title = c.titles.matchesAt(tokens, i, (_r, from, to) => tokens.slice(from, to).every((x) => isCapitalised(x.text) || /^\p{P}$/u.test(x.text)))[0];
    let before: { to: number; role?: Role; how: string } | undefined = title ? { to: title.to, role: title.values[0], how: 'title+name' } : undefined;
    if (!before) {
      // "Pentagon spokesman", "Iran's foreign minister", "US defense official": modifiers may come between.
      const afterActor = actorEnds.has(i) || (actorEnds.has(i - 1) && tokens[i - 1].text === "'s");
      let k = i;
      while (afterActor && k < tokens.length && c.cues.roleModifiers.startingAt(tokens, k) && !personRoleAt(tokens, k, c)) k = c.cues.roleModifiers.startingAt(tokens, k)!.to;
      const role = afterActor ? personRoleAt(tokens, k, c) : undefined;
      if (role) before = { to: role.to, ...(role.role ? { role: role.role } : {}), how: 'role-noun+name' };
    }
    if (before) {
      const nameStart = before.to;
      const j = freeNameEnd(nameStart);
      const len = j - nameStart;
      if (len >= 2 && len <= 5 && free(nameStart, j) && !c.titles.matchesAt(tokens, nameStart).length) {
        // "The Turkish commander of the base, General Bekir Ercan Van": a description before the title.
        const app = appositionAfter(tokens, j, c) ?? (tokens[i - 1]?.text === ',' ? appositionBefore(tokens, i - 1, c) : undefined);
        out.push({
          from: nameStart,
          to: j,
          person: { name: nameOf(tokens, nameStart, j), ...(before.role ? { role: before.role } : {}), titleFrom: i, ...(app ? { apposition: { from: app.from, to: app.to } } : {}) },
          rule: before.how,
        });
        take(nameStart, j);
        i = j - 1;
        continue;
      }
    }
    // A name followed by an apposition: "John Doe, the most senior general in Iran".
    const startsName = NAME_WORD.test(tokens[i].text) && !c.cues.notNameWords.has(tokens[i].lower);
    const prev = tokens[i - 1];
    if (startsName && (!prev || !NAME_WORD.test(prev.text) || c.cues.notNameWords.has(prev.lower) || taken[i - 1])) {
      const j = freeNameEnd(i);
      const len = j - i;
      if (len >= 2 && len <= 5 && !c.titles.matchesAt(tokens, i).length) {
        const app = appositionAfter(tokens, j, c);
        if (app) {
          out.push({ from: i, to: j, person: { name: nameOf(tokens, i, j), ...(app.role ? { role: app.role } : {}), apposition: { from: app.from, to: app.to } }, rule: 'name+apposition' });
          take(i, j);
          i = j - 1;
          continue;
        }
        // "Iran's foreign minister, John Doe,": a role phrase set off by a comma right before the name.
        if (tokens[i - 1]?.text === ',' && (tokens[j]?.text === ',' || tokens[j]?.text === '.' || j === tokens.length || /^(said|says|told)$/.test(tokens[j]?.lower ?? ''))) {
          const role = roleEndingAt(tokens, i - 1, c);
          if (role) {
            out.push({ from: i, to: j, person: { name: nameOf(tokens, i, j), ...(role.role ? { role: role.role } : {}), apposition: { from: role.from, to: i - 1 } }, rule: 'apposition+name' });
            take(i, j);
            i = j - 1;
          }
        }
      }
    }
  }
  return out;
}

/** A role noun phrase naming one person that ends right before `end` ("Iran's foreign minister"), with its start. */
function roleEndingAt(tokens: Token[], end: number, c: ActorCatalogue): { from: number; role?: Role } | undefined {
  for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
    const r = personRoleAt(tokens, k, c);
    if (r && r.to === end) {
      let from = k;
      while (from > 0 && from > end - 8 && ![',', '.', ';', ':', '"', '('].includes(tokens[from - 1].text) && !/^(said|says|told|and|but)$/.test(tokens[from - 1].lower)) from--;
      return { from, ...(r.role ? { role: r.role } : {}) };
    }
  }
  return undefined;
}

/** A description of one person ending at a comma (`end`): "The Turkish commander of the base," → its range. */
function appositionBefore(tokens: Token[], end: number, c: ActorCatalogue): { from: number; to: number } | undefined {
  let from = end;
  while (from > 0 && from > end - 10 && ![',', '.', ';', ':', '"', '('].includes(tokens[from - 1].text) && !/^(said|says|told|and|but)$/.test(tokens[from - 1].lower)) from--;
  for (let k = from; k < end; k++) if (personRoleAt(tokens, k, c)) return { from, to: end };
  return undefined;
}
