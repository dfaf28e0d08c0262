// Links a trigger to its source and target actors among the sentence's mentions.
// - Mentions joined by "and", "," or "as well as" form one compound argument ("US and Turkish officials").
// - A person acts for their affiliation.
// - Active verb: the source is the nearest subject-like argument before the trigger in its clause (one not
//   governed by a preposition); the target the first argument after it, directly or after a target preposition.
// - Passive ("was blamed on IS", "were killed by"): the by-phrase is the source, the subject the target.
// - Noun trigger: the source is an argument right before it ("Turkey's strikes", "US-led coalition strikes") or
//   the clause subject ("Turkey carried out strikes"); the target follows a target preposition; a "between X
//   and Y" gives both sides of a symmetric trigger.
import type { ActorRef, Mention, Token } from '../core/types.ts';
import { DETERMINERS, type TriggerMatch } from './triggerMatcher.ts';
import { isParticiple } from './inflector.ts';
import { defaultTarget } from './lexiconSchema.ts';

export interface Argument {
  from: number; // token indexes of the whole compound
  to: number;
  /** Where the last name ends, before a role noun that is part of the phrase ("Turkish" in "Turkish jets"). */
  nameTo: number;
  actors: ActorRef[];
  /** The mentions behind it (for explanations). */
  mentions: Mention[];
  /** A capital named as a place ("a visit to Ankara"): may be a target, never a source. */
  locative?: boolean;
}

export interface Linked {
  sources: ActorRef[];
  targets: ActorRef[];
  rule: string;
  /** A code other than the trigger's, when the linking decides it (a joint act). */
  cameo?: string;
}

const PREPOSITIONS = new Set(['of', 'in', 'to', 'from', 'with', 'against', 'on', 'at', 'by', 'for', 'into', 'over', 'between', 'among', 'about', 'toward', 'towards', 'after', 'before', 'during', 'under', 'than', 'like', 'including', 'amid', 'near', 'outside', 'inside', 'along', 'alongside', 'beside', 'despite', 'without', 'across', 'around', 'through', 'beyond', 'within', 'via', 'onto', 'upon']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', "'s", 'get', 'got', 'gets']);
const BOUNDARY = new Set([';', ':', '(', ')', 'but', 'which', 'who', 'whom', 'while', 'although', 'whereas', 'because', 'as', 'after', 'before', 'when', 'if', 'unless', 'following', 'amid']);
const JOIN = new Set(['and', ',', '&']);
const BACKED = new Set(['backed', 'sponsored', 'funded', 'supported', 'allied', 'based', 'trained', 'armed']);
/** Words that may stand between an actor and the noun trigger it owns: "Turkey's", "US-led coalition", "Turkish air". */
const NOUN_BLOCK = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'may', 'could', 'should', 'to', 'not', 'and', 'or']);
const PRONOUN_SPEAKER = new Set(['we', 'our', 'us']);

/** The actor an argument stands for: a person's affiliation, else the actor itself. */
export function effectiveActor(m: Mention): ActorRef | undefined {
  if (m.actor.type !== 'person') return m.actor;
  if (!m.affiliation) return undefined;
  return { id: m.affiliation.id, type: m.affiliation.type, name: m.affiliation.id, ...(m.affiliation.role ? { role: m.affiliation.role } : {}) };
}

/**
 * Groups the sentence's mentions (as token ranges) into arguments, joining coordinated ones. A mention that
 * only modifies another noun ("U.S.-backed militias", "Turkish-backed rebels") is not an argument here.
 */
export function buildArguments(tokens: Token[], mentions: Mention[], reporting: (t: Token) => boolean = () => false): Argument[] {
  const ranges = mentions
    .map((m) => {
      const from = tokens.findIndex((t) => t.start >= m.start);
      let to = from;
      while (to < tokens.length && tokens[to].end <= m.end) to++;
      // "the Sudanese government and SPLM/A": the role noun that gave the mention its role is part of the phrase.
      const nameTo = to;
      const roleNoun = /\+role:[A-Z]+ \("([^"]+)"\)/.exec(m.rule)?.[1].split(/\s+/);
      if (roleNoun && roleNoun.every((w, j) => tokens[to + j]?.lower === w.toLowerCase())) to += roleNoun.length;
      return { m, from, to, nameTo, actor: effectiveActor(m) };
    })
    .filter((r) => r.from >= 0 && r.actor && !(tokens[r.to]?.text === '-' && BACKED.has(tokens[r.to + 1]?.lower ?? '')));
  const args: Argument[] = [];
  for (const r of ranges) {
    const prev = args[args.length - 1];
    // "both countries" resolves to one mention per country over the same words: one compound argument.
    const sameSpan = prev && prev.mentions[prev.mentions.length - 1].start === r.m.start && prev.mentions[prev.mentions.length - 1].end === r.m.end;
    // "… with the Muslim Brotherhood, Sisi said": a comma before the speaker of the sentence joins nothing.
    const speakerAfterComma = tokens[r.from - 1]?.text === ',' && reportsAfter(tokens, r.to, reporting);
    if (prev && !prev.locative && !r.m.locative && (sameSpan || (joinable(tokens, prev.to, r.from) && !speakerAfterComma))) {
      prev.to = r.to;
      prev.nameTo = r.nameTo;
      if (!prev.actors.some((a) => a.id === r.actor!.id)) prev.actors.push(r.actor!);
      prev.mentions.push(r.m);
      continue;
    }
    args.push({ from: r.from, to: r.to, nameTo: r.nameTo, actors: [r.actor!], mentions: [r.m], ...(r.m.locative ? { locative: true } : {}) });
  }
  return args;
}

/**
 * A reporting verb follows the phrase ending at `to`, over at most four words of a name or title and no comma or
 * preposition: ", German defence minister Klaus Weber said", "Pentagon sources said".
 */
export function reportsAfter(tokens: Token[], to: number, reporting: (t: Token) => boolean): boolean {
  for (let k = to; k < Math.min(tokens.length, to + 5); k++) {
    if (reporting(tokens[k])) return true;
    if (tokens[k].text === ',' || PREPOSITIONS.has(tokens[k].lower) || tokens[k].lower === 'that' || BOUNDARY.has(tokens[k].lower)) return false;
  }
  return false;
}

/** Only "and", ",", "as well as" and words between two mentions ("US and Turkish", "Ankara and Tehran"). */
function joinable(tokens: Token[], end: number, start: number): boolean {
  const between = tokens.slice(end, start).map((t) => t.lower);
  if (!between.length || between.length > 3) return false;
  const s = between.join(' ');
  // "Qatari-Iranian cooperation", "U.S.-Turkey alliance": a hyphen joins two actors too.
  return between.every((w) => JOIN.has(w)) || s === '-' || s === 'as well as' || s === ', as well as' || s === ', and' || s === 'and the';
}

/**
 * An argument inside an appositive noun phrase ("Turkey, a crucial NATO ally in …"): it describes the noun
 * before the comma, it does not act. A comma after an opening adverb ("Indeed, the Turkish general staff …")
 * starts no apposition.
 */
function inApposition(tokens: Token[], a: Argument, args: Argument[]): boolean {
  for (let k = a.from - 1; k >= Math.max(0, a.from - 6); k--) {
    if (tokens[k].text === ',') return ['a', 'an', 'the'].includes(tokens[k + 1]?.lower ?? '') && args.some((b) => b.to <= k && k - b.to <= 1);
    if (BOUNDARY.has(tokens[k].lower)) return false;
  }
  return false;
}

/** A person named in apposition after an argument ("X, the … Fethullah Gulen,") stands for it. */
function appositionOf(tokens: Token[], args: Argument[], a: Argument): Argument | undefined {
  const comma = tokens.findIndex((t, k) => k >= a.to && k <= a.to + 3 && t.text === ',');
  if (comma < 0) return undefined;
  const next = args.find((x) => x.from > comma && x.from <= comma + 5);
  if (!next || next.mentions[0].actor.type !== 'person') return undefined;
  return tokens.slice(comma + 1, next.from).every((t) => !PREPOSITIONS.has(t.lower) && !BOUNDARY.has(t.lower)) ? next : undefined;
}

/** Arguments right after a verb trigger ("exit NATO", "attacked the PKK"): objects, not subjects of later verbs. */
export function directObjects(tokens: Token[], args: Argument[], triggers: TriggerMatch[]): Set<Argument> {
  const out = new Set<Argument>();
  for (const t of triggers) {
    if (t.trigger.entry.kind !== 'verb') continue;
    let k = t.to;
    while (k < tokens.length && MODIFIERS.has(tokens[k].lower)) k++;
    const a = args.find((x) => x.from === k);
    if (a) out.add(a);
  }
  return out;
}

export function clauseStart(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    // "The International Labour Office (ILO) reiterated": a short parenthesis after a name does not end its clause.
    if (tokens[k].text === ')') {
      const open = tokens.slice(Math.max(0, k - 6), k).map((t) => t.text).lastIndexOf('(');
      if (open >= 0) {
        k = Math.max(0, k - 6) + open;
        continue;
      }
    }
    if (BOUNDARY.has(tokens[k].lower)) return k + 1;
    // ", and aircraft of the coalition provided cover": a comma and a conjunction open a coordinated clause.
    if (tokens[k].lower === 'and' && tokens[k - 1]?.text === ',') return k + 1;
  }
  return 0;
}
function clauseEnd(tokens: Token[], i: number): number {
  for (let k = i; k < tokens.length; k++) if (BOUNDARY.has(tokens[k].lower) || tokens[k].text === ',') return k;
  return tokens.length;
}

/** Words skipped when looking for what governs an argument: "in northern Syria" is governed by "in". */
const MODIFIERS = new Set(['the', 'a', 'an', '-', '"', "'", 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'neighbouring', 'neighboring']);
const governorIndex = (tokens: Token[], a: Argument) => {
  let k = a.from - 1;
  while (k >= 0 && MODIFIERS.has(tokens[k].lower)) k--;
  return k;
};
const governedBy = (tokens: Token[], a: Argument, standing?: Set<string>) => {
  const k = governorIndex(tokens, a);
  if (k < 0) return '';
  // "with the president of Armenia", "against the government of Syria": the office or body stands for the
  // state (data/lexicon/standing-nouns.json), so the preposition before it governs.
  if (tokens[k].lower === 'of' && standing) {
    for (let j = k - 2; j >= Math.max(0, k - 3); j--) {
      if (tokens[j].lower !== 'the') continue;
      const noun = tokens.slice(j + 1, k).map((t) => t.lower).join(' ');
      if (standing.has(noun) && PREPOSITIONS.has(tokens[j - 1]?.lower ?? '') && tokens[j - 1].lower !== 'of') return tokens[j - 1].lower;
    }
  }
  return tokens[k].lower;
};
/** Governed by a preposition proper; a subordinator ("after Turkish jets struck") opens a clause instead. */
const inPrepPhrase = (tokens: Token[], a: Argument) => {
  const g = governedBy(tokens, a);
  return PREPOSITIONS.has(g) && !BOUNDARY.has(g);
};
/** Temporal prepositions before a noun trigger: "after the failed coup" is another event, not this clause's. */
const TEMPORAL = new Set(['after', 'before', 'since', 'following', 'amid', 'during', 'until']);

export function linkArguments(
  tokens: Token[],
  args: Argument[],
  m: TriggerMatch,
  irregular: Record<string, string[]>,
  speaker?: ActorRef,
  /** Arguments that are the direct objects of other verb triggers in the sentence: never a subject. */
  objects?: Set<Argument>,
  /** Nouns that stand for the actor of their of-phrase ("the president of Armenia"). */
  standing?: Set<string>,
  /** Arguments that report the sentence (", Defense Secretary X said"): never a target. */
  speakers?: Set<Argument>,
): Linked | undefined {
  // A verb form used as a noun ("the recent meeting between …", "Turkey's move away from …") links its
  // arguments as a noun does.
  const e = m.trigger.entry.kind === 'verb' && m.head === m.from && DETERMINERS.has(tokens[m.from - 1]?.lower ?? '')
    ? { ...m.trigger.entry, kind: 'noun' as const, target: m.trigger.entry.target ?? ['with', 'between', 'against', 'on', 'of', 'to'] }
    : m.trigger.entry;
  const cs = clauseStart(tokens, m.from);
  const before = args.filter((a) => a.to <= m.from && !a.locative);
  // An argument inside the trigger's own gap ("ousted ISIS from") is its object.
  const inside = args.filter((a) => a.from >= m.from && a.to <= m.to && !a.locative);
  const after = [...inside, ...args.filter((a) => a.from >= m.to)];
  const targetPreps = new Set(e.target ?? defaultTarget(e.kind));

  // Target: the first argument after the trigger in the same clause, direct or after a target preposition.
  const ce = clauseEnd(tokens, m.to);
  const targetArg = after.find((a) => {
    if (speakers?.has(a)) return false;
    if (a.to <= m.to) return !a.locative; // inside the trigger's gap
    if (a.from > ce || a.from - m.to > 16) return false;
    // Deep inside a that-clause the actor belongs to that clause's verb ("demanded an admission by Moscow that
    // Soviet forces murdered Polish officers"); only the clause's subject may be aimed at (see below).
    const that = tokens.slice(m.to, a.from).findIndex((t) => t.lower === 'that');
    if (that >= 0 && m.to + that < a.from - 3) return false;
    const gov = governedBy(tokens, a, standing);
    // The trigger's own last word governs it ("demonstrated against X", "cracked down on X"): its object.
    const gi = governorIndex(tokens, a);
    if (gi >= m.from && gi < m.to) return true;
    // "a visit to Ankara", and "will visit Washington" (the capital is the object).
    if (a.locative) return PREPOSITIONS.has(gov) ? targetPreps.has(gov) : targetPreps.has('obj') && gi === m.to - 1;
    // "fighting the separatists of the PKK", "killed militants from the YPG": an of/from-phrase inside the object.
    if ((gov === 'of' || gov === 'from') && targetPreps.has('obj') && a.from > m.to + 1) return true;
    if (PREPOSITIONS.has(gov)) return targetPreps.has(gov);
    // "demanded that Israel ease …", "urged that Tehran …": a demand or appeal is aimed at its that-clause's subject.
    if (gov === 'that' && ['02', '10'].includes(e.cameo.slice(0, 2))) return true;
    return targetPreps.has('obj') || a.from === m.to;
  });

  // Passive verb: "X was attacked by Y", "a bombing blamed on IS".
  const headTok = tokens[m.head];
  const lemma = e.pattern.split(/\s+/)[0];
  const passive =
    e.kind === 'verb' &&
    isParticiple(headTok.lower, lemma, irregular) &&
    (BE.has(tokens[m.head - 1]?.lower ?? '') ||
      BE.has(tokens[m.head - 2]?.lower ?? '') ||
      // ", blamed on IS": a participle after a comma is passive when its agent follows.
      (tokens[m.head - 1]?.text === ',' && ['by', 'on'].includes(tokens[m.head + 1]?.lower ?? '')));
  if (passive) {
    const agent = after.find((a) => !a.locative && governedBy(tokens, a) === 'by' && a.from - m.to <= 6);
    // The patient is the clause's subject, not a place inside it: "PKK positions in northern Iraq were struck";
    // in a relative clause, its antecedent ("the militias, which are backed by X").
    const relativeClause = cs > 0 && ['which', 'who', 'that'].includes(tokens[cs - 1].lower);
    const inClause = before.filter((a) => a.from >= cs);
    const patient = relativeClause
      ? before.filter((a) => a.to <= cs - 1 && cs - 1 - a.to <= 1).pop()
      : inClause.find((a) => !inPrepPhrase(tokens, a)) ?? [...before].reverse().find((a) => a.to === m.head - 1);
    if (agent) return { sources: agent.actors, targets: patient?.actors ?? [], rule: 'passive:by' };
    if (patient) return { sources: [], targets: patient.actors, rule: 'passive:no-agent' };
  }

  // Noun: "between X and Y", "between General X, the most senior general in Iran and Turkey's President Y".
  const btw = tokens.slice(m.to, m.to + 3).findIndex((t) => t.lower === 'between');
  if (e.kind === 'noun' && btw >= 0) {
    const at = m.to + btw;
    const singles = args
      .flatMap((a) => a.mentions.map((mention) => ({ from: tokens.findIndex((t) => t.start >= mention.start), actor: effectiveActor(mention) })))
      .filter((x): x is { from: number; actor: ActorRef } => !!x.actor && x.from > at);
    const first = singles.find((x) => x.from <= at + 3);
    const and = first ? tokens.findIndex((t, k) => k > first.from && k < first.from + 15 && t.lower === 'and') : -1;
    const second = and >= 0 ? singles.find((x) => x.from > and && x.from <= and + 3 && x.actor.id !== first!.actor.id) : undefined;
    if (first && second) return { sources: [first.actor], targets: [second.actor], rule: 'noun:between' };
  }

  // Source: adjectival or possessive right before a noun trigger; an agent after it ("an attack carried out
  // by X", "a bombing, blamed on X"); else the clause subject.
  let source: Argument | undefined;
  let agentAfter: Argument | undefined;
  if (e.kind === 'noun') {
    source = [...before].reverse().find((a) => m.from - a.to <= 3 && tokens.slice(a.to, m.from).every((t) => !PREPOSITIONS.has(t.lower) && t.text !== ',' && !NOUN_BLOCK.has(t.lower)));
    if (!source) {
      agentAfter = after.find((a) => !a.locative && (governedBy(tokens, a) === 'by' || (governedBy(tokens, a) === 'on' && tokens[a.from - 2]?.lower === 'blamed')) && a.from - m.to <= 8);
      source = agentAfter;
    }
  }
  const temporalNoun = e.kind === 'noun' && tokens.slice(Math.max(0, m.from - 4), m.from).some((t) => TEMPORAL.has(t.lower));
  if (!source && !temporalNoun) {
    const inClause = before.filter((a) => a.from >= cs);
    // No subject in the clause: a relative clause's subject is its antecedent ("rebels who have ousted ISIS").
    const relative = cs > 0 && ['who', 'which', 'that'].includes(tokens[cs - 1].lower);
    // "Turkey is buying weapons from Russia but may soon be cooperating with Iran": a coordinated clause
    // without its own subject shares the sentence's.
    const coordinated = cs > 0 && ['but', 'and', 'yet'].includes(tokens[cs - 1].lower) && !DETERMINERS.has(tokens[cs]?.lower ?? '') && tokens[cs]?.lower !== 'that';
    if (!inClause.length && coordinated) source = before.find((a) => a.to <= cs && !inPrepPhrase(tokens, a));
    else {
      // A relative clause's antecedent may well be another verb's object ("to back Syrian rebels who have …").
      if (!inClause.length && relative) source = before.filter((a) => a.to <= cs - 1).slice(-1).find((a) => !inPrepPhrase(tokens, a));
      else source = [...inClause].reverse().find((a) => !inPrepPhrase(tokens, a) && !objects?.has(a) && !inApposition(tokens, a, args));
      // "A group of Moroccan diplomats held …", "Thousands of Iraqi Kurds demonstrated": the of-phrase of a
      // clause-opening noun is the subject when nothing else is.
      source ??= inClause.find((a) => governedBy(tokens, a) === 'of' && a.from - cs <= 5 && !tokens.slice(cs, a.from).some((t) => PREPOSITIONS.has(t.lower) && t.lower !== 'of'));
    }
  }
  if (!source && speaker && tokens.slice(cs, m.from).some((t) => PRONOUN_SPEAKER.has(t.lower))) {
    // "Our cooperation with Turks", said by a US official: the speaker's side acts.
    source = { from: m.from, to: m.from, nameTo: m.from, actors: [speaker], mentions: [] };
  }
  let target = targetArg === agentAfter ? undefined : targetArg;
  // "shelters one Turkish opposition figure, the Islamist preacher Fethullah Gulen": the apposition names the target.
  if (target) {
    const app = appositionOf(tokens, args, target);
    if (app && !speakers?.has(app)) target = app;
  }
  // An attack with no named target is against the state where it struck: "a suicide bombing in the Turkish city of Suruc".
  if (!target && ['18', '20'].includes(e.cameo.slice(0, 2))) {
    target = after.find((a) => !a.locative && a.actors.every((x) => x.type === 'state') && ['in', 'at', 'near'].includes(governedBy(tokens, a)) && a.from - m.to <= 20 && !tokens.slice(m.to, a.from).some((t) => t.text === ';'));
  }

  if (e.sourceFrom === 'obj' && target) return { sources: target.actors, targets: source?.actors ?? [], rule: 'source-from-object' };
  if (!source && !target) return undefined;
  // Symmetric trigger with a compound subject and no object: "Ankara and Tehran agreed".
  if (e.symmetric && source && !target && source.actors.length >= 2) {
    return { sources: [source.actors[0]], targets: source.actors.slice(1), rule: 'symmetric:compound-subject' };
  }
  // Done together ("French and Egyptian warships launched war games"): the actors with each other, by the joint code.
  if (e.joint && source && !target && source.actors.length >= 2) {
    return { sources: [source.actors[0]], targets: source.actors.slice(1), rule: 'joint:compound-subject', cameo: e.joint };
  }
  return { sources: source?.actors ?? [], targets: target?.actors ?? [], rule: agentAfter ? 'noun:agent-after' : e.kind === 'noun' ? 'noun:args' : 'verb:subject-object' };
}
