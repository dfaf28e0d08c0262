// The article's actor list: every state, group and organisation it names or clearly refers to, and every
// person with the actor they act for. A state acting as rebels or opposition ("Syrian rebels") is listed
// apart from the state itself.
import type { ArticleResult, Mention } from '../core/types.ts';

const NON_STATE_ROLES = new Set(['REB', 'INS', 'OPP']);

type Listed = ArticleResult['actors'][number];

export function summariseActors(mentions: Mention[]): ArticleResult['actors'] {
  const byKey = new Map<string, Listed>();
  const named = new Set<Listed>(); // people listed under a name the text wrote (not "the Turkish President")
  for (const m of mentions) {
    const a = m.actor;
    if (m.locative) continue; // "a visit to Ankara" names a place, not an actor
    const nonState = a.type === 'state' && a.role && NON_STATE_ROLES.has(a.role);
    const key = a.type === 'person' ? `person:${a.id}` : nonState ? `${a.id}:${a.role}` : a.id;
    const asWritten = a.type === 'person' && m.kind === 'person';
    const have = byKey.get(key);
    if (have) {
      have.mentions++;
      // A person is named as the text first writes them in full ("Mohammad Baqeri"), not as a later "Baqeri".
      if (asWritten && (!named.has(have) || have.name.split(' ').length < m.text.split(' ').length)) {
        have.name = m.text;
        if (a.name !== m.text) have.canonicalName = a.name;
        else delete have.canonicalName;
        named.add(have);
      }
      if (a.type === 'person' && !have.affiliation && m.affiliation) have.affiliation = m.affiliation;
      continue;
    }
    const listed: Listed = {
      id: a.id,
      type: a.type,
      // People by the name the text gives them; the catalogue's canonical name stays in `canonicalName`.
      name: asWritten ? m.text : a.name,
      ...(asWritten && a.name !== m.text ? { canonicalName: a.name } : {}),
      ...(nonState ? { role: a.role } : {}),
      ...(a.type === 'person' && m.affiliation ? { affiliation: m.affiliation } : {}),
      mentions: 1,
    };
    if (asWritten) named.add(listed);
    byKey.set(key, listed);
  }
  // The actor a person acts for is named too ("Fethullah Gulen" refers to the Gülen movement).
  for (const m of mentions) {
    const aff = m.actor.type === 'person' ? m.affiliation : undefined;
    if (aff && !byKey.has(aff.id)) byKey.set(aff.id, { id: aff.id, type: aff.type, name: aff.id, mentions: 0 });
  }
  return [...byKey.values()];
}
