// The last resort for a titled person the catalogue does not know and the text does not tie to a country
// ("President Yoweri Museveni has threatened to ban Ugandan opposition candidates"): they act for the state the
// article is set in — the one its demonyms, its capitals and its "in <country>" phrases name most — when one
// state clearly leads, or else the only state it names at all. An article with no such state, or a tie, leaves
// them unaffiliated.
import type { Mention } from '../core/types.ts';

const SETTING_PREFIX = /\b(in|inside|across|throughout)\s+(the\s+)?$/i;
/** A trip to a country says the traveller is not from there: "on a visit to Turkey", "arrived in Ankara". */
const TRAVEL_PREFIX = /\b(visits?|visited|visiting|trip|tour|arrived|arrives|travell?ed|flew)\s+(to|in)\s+(the\s+)?$/i;

/** A state name followed by a capitalised name: one of its institutions ("Kenya Anti-Corruption Commission"). */
const INSTITUTION_AFTER = /^\s+(?:[A-Z][\w'-]*\s+){0,3}(?:Commission|Commision|Council|Court|Police|Ministry|Army|Parliament|Assembly|Agency|Authority|Bank|Office|Committee|Federation|Union)\b/;

export function settingState(text: string, mentions: Mention[]): { id: string; name: string } | undefined {
  const count = new Map<string, { n: number; name: string }>();
  for (const m of mentions) {
    if (m.actor.type !== 'state') continue;
    // Demonyms come through as 'demonym' or 'alias' mentions of a state.
    const setting = m.kind === 'demonym' || m.kind === 'alias' || m.kind === 'capital' || (m.kind === 'name' && SETTING_PREFIX.test(text.slice(Math.max(0, m.start - 12), m.start)));
    if (!setting) continue;
    const c = count.get(m.actor.id) ?? { n: 0, name: m.actor.name };
    c.n++;
    count.set(m.actor.id, c);
  }
  const ranked = [...count.entries()].sort((a, b) => b[1].n - a[1].n);
  if (!ranked.length) {
    // No demonym, capital or "in <country>": an article whose only state is named as part of one of its
    // institutions is set there ("… despite pressure by the Kenya Anti-Corruption Commission"). A state named
    // otherwise may be the other side ("threatened action against Russia").
    const states = mentions.filter((m) => m.actor.type === 'state');
    const only = new Set(states.map((m) => m.actor.id)).size === 1 ? states[0] : undefined;
    return only && states.every((m) => INSTITUTION_AFTER.test(text.slice(m.end, m.end + 40))) ? { id: only.actor.id, name: only.actor.name } : undefined;
  }
  if (ranked[1] && ranked[1][1].n === ranked[0][1].n) return undefined;
  return { id: ranked[0][0], name: ranked[0][1].name };
}

/** Gives every mention of an unaffiliated titled person (and references to them) the article's setting state. */
export function affiliateBySetting(text: string, mentions: Mention[]): void {
  const lonely = mentions.filter((m) => m.actor.type === 'person' && !m.affiliation && (m.actor.role || /title/.test(m.rule)));
  if (!lonely.length) return;
  const state = settingState(text, mentions);
  if (!state) return;
  // Nor does it suit someone whose own sentence has them travel there.
  const travelled = new Set(
    mentions
      .filter((m) => m.actor.id === state.id && TRAVEL_PREFIX.test(text.slice(Math.max(0, m.start - 24), m.start)))
      .map((m) => m.sentence),
  );
  const ids = new Set(lonely.filter((m) => !travelled.has(m.sentence)).map((m) => m.actor.id));
  for (const m of mentions) {
    if (m.actor.type !== 'person' || m.affiliation || !ids.has(m.actor.id)) continue;
    m.affiliation = { id: state.id, type: 'state', ...(m.actor.role ? { role: m.actor.role } : {}) };
    m.rule = `${m.rule} + affiliation:article-setting(${state.id})`;
  }
}
