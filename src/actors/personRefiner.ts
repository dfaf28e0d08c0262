// Decides whom a person acts for:
// - a person in the catalogue: whoever they served on the article's date (people.json's dated roles);
// - a person found by title or apposition: the actor written before the title ("Turkish President …",
//   "Pentagon spokesman …", "Iran's foreign minister, …") or inside the apposition (", the most senior general
//   in Iran"), with the role the title or role noun gives;
// - an office named without a name ("the Turkish President", "Iran's foreign minister"): the one person the
//   catalogue has in that office on the article's date, if there is exactly one.
import type { ActorRef, ActorType, Mention, Role, Token } from '../core/types.ts';
import type { ActorCatalogue } from './actorCatalogue.ts';
import { personRoleOn } from './actorCatalogue.ts';
import type { ProposedMention } from './actorMatcher.ts';
import type { PersonEntry } from './catalogueSchema.ts';
import { fold } from '../core/text.ts';

type Affiliation = NonNullable<Mention['affiliation']>;

/** A catalogue person's affiliation on the date, and the rule that says so. */
export function catalogueAffiliation(p: PersonEntry, date: string | undefined, c: ActorCatalogue): { affiliation: Affiliation; why: string } {
  const role = personRoleOn(p, date);
  const aff = c.byId.get(role.actor);
  return {
    affiliation: { id: role.actor, type: aff?.type ?? 'state', ...(role.role ? { role: role.role } : {}) },
    why: `role on ${date ?? 'latest'}: ${role.title}`,
  };
}

/** An unknown person's affiliation: the actor before the title, else the one inside the apposition. */
export function titledAffiliation(p: ProposedMention, tokens: Token[], proposals: ProposedMention[]): { actor: ActorRef; how: string } | undefined {
  const person = p.person!;
  if (person.titleFrom !== undefined) {
    const end = tokens[person.titleFrom - 1]?.text === "'s" ? person.titleFrom - 1 : person.titleFrom;
    const before = proposals.find((q) => q.to === end && q.entry && q.entry.actor.type !== 'person');
    if (before?.entry) return { actor: withoutRole(before.entry.actor), how: 'affiliation-before-title' };
  }
  const app = person.apposition;
  if (app) {
    const inside = proposals.find((q) => q.from >= app.from && q.to <= app.to && q.entry && q.entry.actor.type !== 'person');
    if (inside?.entry) return { actor: withoutRole(inside.entry.actor), how: 'affiliation-in-apposition' };
  }
  return undefined;
}

function withoutRole(a: ActorRef): ActorRef {
  const { role: _metonymRole, ...actor } = a;
  return actor;
}

const officeIndex = new WeakMap<ActorCatalogue, { people: number; idx: Map<string, PersonEntry[]> }>();

/** People by "actor|office" (office folded, as the catalogue spells it): built once per catalogue (again if people were added). */
function officesOf(c: ActorCatalogue): Map<string, PersonEntry[]> {
  const have = officeIndex.get(c);
  if (have && have.people === c.people.length) return have.idx;
  const idx = new Map<string, PersonEntry[]>();
  for (const p of c.people) {
    for (const r of p.roles) {
      const k = `${r.actor}|${fold(r.title)}`;
      const list = idx.get(k) ?? [];
      if (!list.includes(p)) list.push(p);
      idx.set(k, list);
    }
  }
  officeIndex.set(c, { people: c.people.length, idx });
  return idx;
}

/** The one person who held `office` for `actor` on `date` (latest holder without a date). */
export function officeHolder(actor: string, office: string, date: string | undefined, c: ActorCatalogue): PersonEntry | undefined {
  const cands = officesOf(c).get(`${actor}|${fold(office)}`) ?? [];
  const holders = cands.filter((p) =>
    p.roles.some((r) => r.actor === actor && fold(r.title) === fold(office) && (date ? (!r.from || r.from.slice(0, date.length) <= date) && (!r.to || r.to >= date.slice(0, r.to.length)) : !r.to)),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** "the Turkish President", "Turkey's foreign minister" (no name after, no "former" before): an office on the date. */
export function officeReference(
  tokens: Token[],
  p: ProposedMention,
  noun: { from: number; to: number },
  c: ActorCatalogue,
): { office: string; from: number; to: number } | undefined {
  const e = p.entry;
  if (!e || e.actor.type !== 'state') return undefined;
  const office = c.cues.offices.startingAt(tokens, noun.from);
  if (!office || office.to !== noun.to) return undefined;
  if (/^\p{Lu}/u.test(tokens[noun.to]?.text ?? '') && tokens[noun.to].text !== 'The') return undefined; // a title before a name
  const possessive = tokens[p.to]?.text === "'s";
  const k = p.from - 1;
  if (k >= 0 && c.cues.formerWords.has(tokens[k].lower)) return undefined;
  const definite = tokens[k]?.lower === 'the';
  if (!definite && !possessive) return undefined;
  for (let j = p.to; j < noun.from; j++) if (c.cues.formerWords.has(tokens[j].lower)) return undefined;
  return { office: office.value, from: p.from, to: noun.to };
}

export function affiliationOf(actor: ActorRef, role: Role | undefined): Affiliation {
  return { id: actor.id, type: actor.type as ActorType, ...(role ? { role } : {}) };
}
