// Decides what proposed actor mentions mean, walking the article in order:
// - a person from the catalogue acts for whoever they served on the article's date;
// - a person found by title acts for the actor written just before the title ("Turkish President …",
//   "Pentagon spokesman …") or named in an apposition after the name (", the most senior general in Iran");
// - a capital is an actor when it acts ("Ankara said") and only a place after a locative word ("a visit to Ankara");
// - a state written with a role word gets that role ("Turkish army" → MIL, "Syrian rebels" → REB);
// - back-references resolve to what they point to: surnames after a full mention ("Carter"), "he"/"she" to the
//   last person, "the group" / "the militant group" to the last armed group.
import type { ActorRef, Mention, Role, Sentence, Token } from '../core/types.ts';
import type { ActorCatalogue } from './actorCatalogue.ts';
import { personRoleOn } from './actorCatalogue.ts';
import type { ProposedMention } from './actorMatcher.ts';
import { isCapitalised } from '../core/text.ts';

const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'around', 'toward', 'towards', 'via', 'across', 'inside', 'en', 'route', 'visit', 'visited', 'visiting', 'trip', 'arrived', 'flew']);
const GROUP_REFERENCES = [['the', 'group'], ['the', 'militant', 'group'], ['the', 'jihadist', 'group'], ['the', 'terror', 'group'], ['the', 'terrorist', 'group'], ['the', 'militants'], ['the', 'extremist', 'group'], ['the', 'islamist', 'militant', 'group']];
const PRONOUNS = new Set(['he', 'she']);
const THING_PRONOUNS = new Set(['it', 'they']);

export interface RefinedSentence {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
  /** Capitals read as places here (for the geo stage). */
  placeTokens: Array<{ from: number; to: number }>;
}

export function refineMentions(
  text: string,
  sentences: Array<{ sentence: Sentence; tokens: Token[]; proposals: ProposedMention[] }>,
  catalogue: ActorCatalogue,
  date: string | undefined,
): RefinedSentence[] {
  const surnames = new Map<string, Mention>(); // folded surname → a person mention
  let lastPerson: Mention | undefined;
  let lastPersonSentence = -10;
  let lastGroup: Mention | undefined;
  let lastGroupSentence = -10;
  let lastSubject: Mention | undefined; // the last state, group or organisation that opened a sentence
  let lastSubjectSentence = -10;
  const out: RefinedSentence[] = [];

  for (const { sentence, tokens, proposals } of sentences) {
    const mentions: Mention[] = [];
    const placeTokens: Array<{ from: number; to: number }> = [];
    const used = new Array<boolean>(tokens.length).fill(false);
    const span = (from: number, to: number) => ({ start: tokens[from].start, end: tokens[to - 1].end, text: text.slice(tokens[from].start, tokens[to - 1].end) });

    for (const p of proposals) {
      let mention: Mention | undefined;
      if (p.entry?.person) {
        const role = personRoleOn(p.entry.person, date);
        const aff = catalogue.byId.get(role.actor);
        mention = {
          ...span(p.from, p.to),
          sentence: sentence.index,
          actor: p.entry.actor,
          affiliation: { id: role.actor, type: aff?.type ?? 'state', ...(role.role ? { role: role.role } : {}) },
          kind: 'person',
          rule: `${p.rule} (role on ${date ?? 'latest'}: ${role.title})`,
        };
      } else if (p.person) {
        const aff = affiliationBefore(p.person.titleFrom, tokens, proposals) ?? affiliationAfter(p.to, proposals);
        mention = {
          ...span(p.from, p.to),
          sentence: sentence.index,
          actor: { id: `person:${p.person.name}`, type: 'person', name: p.person.name, role: p.person.role },
          ...(aff ? { affiliation: { id: aff.id, type: aff.type, role: p.person.role } } : {}),
          kind: 'person',
          rule: aff ? `${p.rule}+affiliation` : p.rule,
        };
      } else if (p.entry) {
        const e = p.entry;
        if (e.kind === 'capital' && isLocative(tokens, p.from)) {
          placeTokens.push({ from: p.from, to: p.to });
          const { role: _r, ...state } = e.actor;
          mentions.push({ ...span(p.from, p.to), sentence: sentence.index, actor: state, kind: 'capital', locative: true, rule: `${p.rule}+as-place` });
          for (let k = p.from; k < p.to; k++) used[k] = true;
          continue;
        }
        // "the US-led coalition" acts, in event data, as its leader.
        const leader = e.actor.type === 'igo' ? leaderOf(tokens, p.from, p.to, catalogue) : undefined;
        const role = e.actor.role ?? roleAfter(tokens, p.to, e.kind, catalogue);
        const actor: ActorRef = leader ?? { ...e.actor, ...(role ? { role } : {}) };
        mention = {
          ...span(p.from, p.to),
          sentence: sentence.index,
          actor,
          kind: e.kind === 'national' ? 'demonym' : e.kind === 'capital' ? 'capital' : e.kind === 'name' ? 'name' : 'alias',
          rule: leader ? `${p.rule}+led-by:${leader.id}` : role && !e.actor.role ? `${p.rule}+role:${role}` : p.rule,
        };
      }
      if (!mention) continue;
      mentions.push(mention);
      for (let k = p.from; k < p.to; k++) used[k] = true;
      if (mention.actor.type === 'person') {
        const words = mention.text.split(/\s+/);
        if (words.length > 1) surnames.set(words[words.length - 1].toLowerCase(), mention);
        lastPerson = mention;
        lastPersonSentence = sentence.index;
      } else if (mention.actor.type === 'group') {
        lastGroup = mention;
        lastGroupSentence = sentence.index;
      }
    }

    // Back-references, in token order.
    for (let i = 0; i < tokens.length; i++) {
      if (used[i]) continue;
      const tok = tokens[i];
      const sur = surnames.get(tok.lower);
      if (sur && isCapitalised(tok.text)) {
        const m = reference(sur, tok.start, tok.end, text, sentence.index, 'surname');
        mentions.push(m);
        lastPerson = m;
        lastPersonSentence = sentence.index;
        continue;
      }
      if (PRONOUNS.has(tok.lower) && lastPerson && sentence.index - lastPersonSentence <= 2) {
        mentions.push(reference(lastPerson, tok.start, tok.end, text, sentence.index, 'pronoun'));
        continue;
      }
      // "It has carried out strikes": a sentence-opening it/they is the actor that opened the sentence before.
      if (THING_PRONOUNS.has(tok.lower) && i === 0 && lastSubject && sentence.index - lastSubjectSentence === 1) {
        mentions.push(reference(lastSubject, tok.start, tok.end, text, sentence.index, 'subject-pronoun'));
        continue;
      }
      // "Turkish authorities blamed …, and they have demanded …": a coordinated clause's it/they is the sentence's subject.
      if (THING_PRONOUNS.has(tok.lower) && i > 1 && tokens[i - 1].lower === 'and' && tokens[i - 2].text === ',') {
        const subject = mentions.find((m) => m.actor.type !== 'person' && !m.locative && m.start <= tokens[Math.min(2, tokens.length - 1)].start);
        if (subject) mentions.push(reference(subject, tok.start, tok.end, text, sentence.index, 'coordinated-subject-pronoun'));
        continue;
      }
      if (tok.lower === 'the' && lastGroup && sentence.index - lastGroupSentence <= 3) {
        const ref = GROUP_REFERENCES.find((g) => g.every((w, k) => tokens[i + k]?.lower === w));
        if (ref) {
          const end = tokens[i + ref.length - 1].end;
          mentions.push(reference(lastGroup, tok.start, end, text, sentence.index, 'group-reference'));
          i += ref.length - 1;
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const opener = mentions.find((m) => m.actor.type !== 'person' && !m.locative && m.start <= tokens[Math.min(2, tokens.length - 1)].start);
    if (opener) {
      lastSubject = opener;
      lastSubjectSentence = sentence.index;
    }
    out.push({ sentence, tokens, mentions, placeTokens });
  }
  return out;
}

function reference(to: Mention, start: number, end: number, text: string, sentence: number, how: string): Mention {
  return { start, end, text: text.slice(start, end), sentence, actor: to.actor, ...(to.affiliation ? { affiliation: to.affiliation } : {}), kind: 'reference', rule: `coref:${how}→${to.text}@${to.start}` };
}

/** The state a "-led" organisation is led by: "US-led coalition" → the US. */
function leaderOf(tokens: Token[], from: number, to: number, catalogue: ActorCatalogue): ActorRef | undefined {
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k].text !== '-' || tokens[k + 1].lower !== 'led') continue;
    const m = catalogue.aliases.matchesAt(tokens.slice(from, k), 0).find((x) => x.to === k - from);
    const state = m?.values.find((v) => v.actor.type === 'state');
    if (state) return { id: state.actor.id, type: 'state', name: state.actor.name };
  }
  return undefined;
}

function isLocative(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.lower === 'the') k--;
  return k >= 0 && LOCATIVE.has(tokens[k].lower);
}

/**
 * The role word right after an adjective ("Turkish army", "US and Turkish officials", "Syrian Kurdish fighters")
 * or a possessive ("Turkey's army"); a plain name followed by other words ("Iran based group") takes none.
 */
function roleAfter(tokens: Token[], to: number, kind: string, catalogue: ActorCatalogue): Role | undefined {
  let reach = 3;
  if (kind !== 'demonym') {
    if (tokens[to]?.text !== "'s" && !(tokens[to]?.text === '-' && tokens[to + 1]?.lower === 'led')) {
      const m = catalogue.roleNouns.matchesAt(tokens, to)[0]; // "US officials", "Pentagon officials"
      return m?.values[0];
    }
    to++;
    reach = 1;
  }
  for (let k = to; k < Math.min(tokens.length, to + reach); k++) {
    const m = catalogue.roleNouns.matchesAt(tokens, k)[0];
    if (m) return m.values[0];
    if (/^\p{P}$/u.test(tokens[k].text) && tokens[k].text !== '-') return undefined;
  }
  return undefined;
}

/** The state or organisation written just before a title: "Turkish President", "Pentagon spokesman", "Iran's foreign minister". */
function affiliationBefore(titleFrom: number, tokens: Token[], proposals: ProposedMention[]): ActorRef | undefined {
  const end = tokens[titleFrom - 1]?.text === "'s" ? titleFrom - 1 : titleFrom;
  const p = proposals.find((q) => q.to === end && q.entry && q.entry.actor.type !== 'person');
  if (!p?.entry) return undefined;
  const { role: _metonymRole, ...actor } = p.entry.actor;
  return actor;
}

/** ", the most senior general in Iran": the first state after the name within the sentence's next words. */
function affiliationAfter(to: number, proposals: ProposedMention[]): ActorRef | undefined {
  const next = proposals.find((p) => p.from >= to && p.from <= to + 8 && p.entry && p.entry.actor.type === 'state');
  return next?.entry?.actor;
}
