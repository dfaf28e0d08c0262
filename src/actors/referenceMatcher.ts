// Proposes phrases that refer back to actors named before (data/actors/references.json): pronouns of reported
// speech ("he said"), a clause-opening "it"/"they", definite descriptions ("the group", "the militant group"),
// plural references to two actors ("both countries", "the two militaries"), members of an organisation just
// named ("the NATO allies") and "the former … the latter". The coreference refiner decides what each points to.
import type { Token } from '../core/types.ts';
import type { ActorCatalogue } from './actorCatalogue.ts';
import type { ProposedMention } from './actorMatcher.ts';

export function proposeReferences(tokens: Token[], c: ActorCatalogue, taken: boolean[], aliases: ProposedMention[]): ProposedMention[] {
  const r = c.cues.references;
  const out: ProposedMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) {
      continue;
    }
    const t = tokens[i];
    // "the NATO allies", "the EU member states": two members of the organisation named inside.
    if (t.lower === 'the') {
      const igo = aliases.find((p) => p.from === i + 1 && p.entry?.actor.type === 'igo');
      const noun = igo && r.memberNouns.startingAt(tokens, igo.to);
      if (igo && noun) {
        out.push({ from: i, to: noun.to, reference: { how: 'members', type: 'state', igo: igo.entry!.actor.id }, rule: `reference:members-of:${igo.entry!.actor.id}` });
        i = noun.to - 1;
        continue;
      }
    }
    const plural = r.plural.startingAt(tokens, i);
    if (plural && !taken.slice(i, plural.to).some(Boolean)) {
      out.push({ from: i, to: plural.to, reference: { how: 'plural', ...plural.value }, rule: `reference:plural:"${plural.text}"` });
      i = plural.to - 1;
      continue;
    }
    const former = r.former.startingAt(tokens, i) ?? r.latter.startingAt(tokens, i);
    if (former && !isNounModifier(tokens, former.to)) {
      const how = r.former.startingAt(tokens, i) ? 'former' : 'latter';
      out.push({ from: i, to: former.to, reference: { how, type: 'actor' }, rule: `reference:${how}` });
      i = former.to - 1;
      continue;
    }
    const singular = r.singular.startingAt(tokens, i);
    if (singular && !taken.slice(i, singular.to).some(Boolean) && !followedByName(tokens, singular.to, taken)) {
      out.push({ from: i, to: singular.to, reference: { how: 'singular', type: singular.value }, rule: `reference:singular:"${singular.text}"` });
      i = singular.to - 1;
      continue;
    }
    if (r.personPronouns.has(t.lower)) {
      out.push({ from: i, to: i + 1, reference: { how: 'pronoun', type: 'person' }, rule: 'reference:pronoun' });
      continue;
    }
    if (r.subjectPronouns.has(t.lower)) out.push({ from: i, to: i + 1, reference: { how: 'subject-pronoun', type: 'actor' }, rule: 'reference:subject-pronoun' });
  }
  return out;
}

const FOLLOWS_REFERENCE = new Set(['is', 'was', 'has', 'had', 'have', 'are', 'were', 'will', 'would', 'does', 'did', 'do', 'can', 'could', 'may', 'might', 'should', 'must', 'and', 'or', 'but', 'also', 'still', 'already', 'now', 'however', 'reportedly', 'then', 'not', 'never', 'too', 'in', 'on', 'at', 'for', 'with', 'to', 'by']);

/** "the former president": "former" modifies a noun here, it refers to nothing. */
function isNounModifier(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  return !!next && /^\p{L}/u.test(next.text) && !FOLLOWS_REFERENCE.has(next.lower) && !/(s|ed)$/.test(next.lower);
}

/** "the group's leader" is fine; "the group Hezbollah" names the group itself. */
function followedByName(tokens: Token[], to: number, taken: boolean[]): boolean {
  return !!tokens[to] && (taken[to] || /^\p{Lu}/u.test(tokens[to].text));
}
