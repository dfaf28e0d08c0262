// Decides what proposed actor mentions mean, walking the article in order. Each decision is made by one
// refiner and recorded in the mention's rule:
// - ambiguityRefiner: a shared name is the state, a person's name, a river or a US state ("Georgia", "Jordan");
// - metonymyRefiner: a capital acts ("Ankara said") or is a place ("a visit to Ankara");
// - roleRefiner: role words around a state ("Turkish army" → MIL, "anti-government forces in Syria" → Syria
//   as REB, "US and Turkish officials" → both GOV), and demonyms that name no actor ("Israeli time");
// - personRefiner: people's affiliations (catalogue roles by date, titles, appositions) and offices named
//   without a name ("the Turkish President" → the president on the article's date);
// - coreferenceRefiner: surnames, pronouns, "the group", "both countries", "the former/the latter";
// - settingRefiner (last): a titled person tied to no country acts for the state the article is set in.
import type { ActorRef, Mention, Sentence, Token } from '../core/types.ts';
import type { ActorCatalogue } from './actorCatalogue.ts';
import type { ProposedMention } from './actorMatcher.ts';
import { ambiguousReading } from './ambiguityRefiner.ts';
import { capitalReading } from './metonymyRefiner.ts';
import { domesticRole, roleAfter, shareCoordinatedRoles } from './roleRefiner.ts';
import { affiliationOf, catalogueAffiliation, officeHolder, officeReference, titledAffiliation } from './personRefiner.ts';
import { Discourse } from './coreferenceRefiner.ts';
import { affiliateBySetting } from './settingRefiner.ts';
import { refineEthnicMentions } from './ethnicRefiner.ts';

export interface RefinedSentence {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
  /** Capitals read as places here (for the geo stage). */
  placeTokens: Array<{ from: number; to: number }>;
  /** Names the refiners decided are no actor here, and why ("Georgia": US state, "Atlanta" in the sentence). */
  dropped: Array<{ start: number; end: number; text: string; why: string }>;
}

export function refineMentions(
  text: string,
  sentences: Array<{ sentence: Sentence; tokens: Token[]; proposals: ProposedMention[] }>,
  catalogue: ActorCatalogue,
  date: string | undefined,
): RefinedSentence[] {
  const discourse = new Discourse(catalogue, text);
  const readings = new Map<string, string>(); // ambiguous names read otherwise earlier in the article
  const out: RefinedSentence[] = [];

  for (const { sentence, tokens, proposals } of sentences) {
    const mentions: Mention[] = [];
    const personLike = new Set<Mention>();
    const describesOne = new Map<Mention, number>(); // "one Turkish opposition figure": where the description ends
    const placeTokens: RefinedSentence['placeTokens'] = [];
    const dropped: RefinedSentence['dropped'] = [];
    const used = new Array<boolean>(tokens.length).fill(false);
    const span = (from: number, to: number) => ({ start: tokens[from].start, end: tokens[to - 1].end, text: text.slice(tokens[from].start, tokens[to - 1].end) });
    const push = (m: Mention, from: number, to: number) => {
      mentions.push(m);
      for (let k = from; k < to; k++) used[k] = true;
      return m;
    };
    const drop = (from: number, to: number, why: string) => dropped.push({ ...span(from, to), why });
    const base = (from: number, to: number) => ({ ...span(from, to), sentence: sentence.index });

    /** A catalogue name (state, group, organisation, catalogued person) in its context. */
    const decideName = (p: ProposedMention) => {
      const e = p.entry!;
      if (e.person) {
        const { affiliation, why } = catalogueAffiliation(e.person, date, catalogue);
        push({ ...base(p.from, p.to), actor: e.actor, affiliation, kind: 'person', rule: `${p.rule} (${why})` }, p.from, p.to);
        return;
      }
      let rule = p.rule;
      if (catalogue.cues.ambiguous.has(tokens.slice(p.from, p.to).map((t) => t.lower).join(' '))) {
        const known = discourse.surnameAt(tokens, p.from, p.to) ?? mentions.find((m) => m.actor.type === 'person' && m.kind === 'person' && m.text.split(/\s+/).pop() === tokens[p.from].text);
        if (known) {
          push({ ...base(p.from, p.to), actor: known.actor, ...(known.affiliation ? { affiliation: known.affiliation } : {}), kind: 'reference', rule: `coref:surname→${known.text}@${known.start}` }, p.from, p.to);
          return;
        }
        const amb = ambiguousReading(tokens, sentence, p, proposals, catalogue, readings);
        if (amb.reading === 'other') {
          drop(p.from, p.to, `${amb.label} (${amb.cue})`);
          for (let k = p.from; k < p.to; k++) used[k] = true;
          return;
        }
        if (amb.reading === 'person') {
          const name = text.slice(tokens[amb.from].start, tokens[amb.to - 1].end);
          push({ ...base(amb.from, amb.to), actor: { id: `person:${name}`, type: 'person', name }, kind: 'person', rule: `${p.rule}+ambiguous:person-name (${amb.cue})` }, amb.from, amb.to);
          return;
        }
        rule = `${p.rule}+ambiguous:${e.actor.id} (${amb.cue ?? 'no other reading signalled'})`;
      }
      if (e.kind === 'capital') {
        const r = capitalReading(tokens, p, proposals, catalogue);
        if (r.place) {
          placeTokens.push({ from: p.from, to: p.to });
          const { role: _r, ...state } = e.actor;
          push({ ...base(p.from, p.to), actor: state, kind: 'capital', locative: true, rule: `${rule}+as-place (${r.cue})` }, p.from, p.to);
          return;
        }
        if (r.role) {
          push({ ...base(p.from, p.to), actor: { ...e.actor, role: r.role }, kind: 'capital', rule: `${rule}+role:${r.role} (${r.cue})` }, p.from, p.to);
          return;
        }
      }
      const kind: Mention['kind'] = e.kind === 'national' ? 'demonym' : e.kind === 'capital' ? 'capital' : e.kind === 'name' ? 'name' : 'alias';
      // "members of the Astana group": a format of states is its members, one mention each over the same words.
      if (e.actor.type === 'igo' && catalogue.igoFormats.has(e.actor.id)) {
        for (const id of catalogue.igoMembers.get(e.actor.id) ?? []) {
          const state = catalogue.byId.get(id);
          if (state) push({ ...base(p.from, p.to), actor: state, kind, rule: `${rule}+format-member:${id}` }, p.from, p.to);
        }
        return;
      }
      // "the US-led coalition" acts, in event data, as its leader.
      const leader = e.actor.type === 'igo' ? leaderOf(tokens, p.from, p.to, catalogue) : undefined;
      if (leader) {
        push({ ...base(p.from, p.to), actor: leader, kind, rule: `${rule}+led-by:${leader.id}` }, p.from, p.to);
        return;
      }
      const r = roleAfter(tokens, p, catalogue);
      if (r.head === 'nonActor') {
        drop(p.from, p.to, `no actor ("${r.cue}")`);
        for (let k = p.from; k < p.to; k++) used[k] = true;
        return;
      }
      if (r.head === 'place') {
        // "the Turkish city of Suruc", "Syrian territory": the state's own place; like "Turkey" in "in Turkey", still
        // the state (an event there may well target it).
        const { role: _r, ...state } = e.actor;
        push({ ...base(p.from, p.to), actor: state, kind, rule: `${rule}+place-of-state ("${r.cue}")` }, p.from, p.to);
        return;
      }
      if (r.backer) {
        const { role: _r, ...state } = e.actor;
        push({ ...base(p.from, p.to), actor: state, kind, rule: `${rule}+backer ("${r.cue}")` }, p.from, p.to);
        return;
      }
      // "the Turkish President", "Iran's foreign minister": the office-holder on the article's date.
      if (r.noun && r.role) {
        const office = officeReference(tokens, p, r.noun, catalogue);
        const holder = office && officeHolder(e.actor.id, office.office, date, catalogue);
        if (office && holder) {
          const { affiliation, why } = catalogueAffiliation(holder, date, catalogue);
          if (affiliation.id === e.actor.id) {
            const actor: ActorRef = { id: holder.id, type: 'person', name: holder.name };
            push({ ...base(office.from, office.to), actor, affiliation, kind: 'reference', rule: `office:${office.office} of ${e.actor.id}→people.json#${holder.id} (${why})` }, office.from, office.to);
            return;
          }
        }
      }
      const role = e.actor.role ?? r.role;
      const m = push(
        { ...base(p.from, p.to), actor: { ...e.actor, ...(role ? { role } : {}) }, kind, rule: r.role && !e.actor.role ? `${rule}+role:${r.role} ("${r.cue}")` : rule },
        p.from,
        p.to,
      );
      if (r.personNoun) {
        personLike.add(m);
        describesOne.set(m, tokens[r.noun!.to - 1].end);
      }
      // "anti-government forces in Syria": the phrase is Syria's rebels; "Syria" stays the state.
      const dom = domesticRole(tokens, p, proposals, catalogue);
      if (dom && !used.slice(dom.from, dom.to).some(Boolean)) {
        const { role: _r, ...state } = e.actor;
        push({ ...base(dom.from, dom.to), actor: { ...state, role: dom.role }, kind: 'alias', rule: `role:domestic "${dom.text}" in ${e.actor.id} → ${e.actor.id}/${dom.role}` }, dom.from, dom.to);
      }
    };

    // Names and people first, in order; "the NATO allies" waits for the references.
    const members = proposals.filter((p) => p.reference?.how === 'members');
    const covered = (p: ProposedMention) => members.some((r) => r.from <= p.from && p.to <= r.to);
    for (const p of proposals) {
      if (p.reference || covered(p) || used.slice(p.from, p.to).some(Boolean)) continue;
      if (p.notActor) {
        drop(p.from, p.to, `a name holding an actor's name but none (context.json notActorNames: "${p.notActor}")`);
        for (let k = p.from; k < p.to; k++) used[k] = true;
      } else if (p.entry) decideName(p);
      else if (p.person) {
        const aff = titledAffiliation(p, tokens, proposals);
        const role = p.person.role;
        push(
          {
            ...base(p.from, p.to),
            actor: { id: `person:${p.person.name}`, type: 'person', name: p.person.name, ...(role ? { role } : {}) },
            ...(aff ? { affiliation: affiliationOf(aff.actor, role) } : {}),
            kind: 'person',
            rule: aff ? `${p.rule}+${aff.how}` : p.rule,
          },
          p.from,
          p.to,
        );
      }
    }

    // "one Turkish opposition figure, the Islamist extremist Fethullah Gulen", "Mevlut Cavusoglu, Turkey's foreign
    // minister,": a description of one person set beside their name is that person.
    for (const [m, end] of describesOne) {
      const person = apposedPerson(text, m, end, mentions);
      if (!person) continue;
      const described: Mention = {
        start: m.start,
        end,
        text: text.slice(m.start, end),
        sentence: sentence.index,
        actor: person.actor,
        ...(person.affiliation ? { affiliation: person.affiliation } : {}),
        kind: 'reference',
        rule: `coref:apposition→${person.text}@${person.start} (${m.rule})`,
      };
      mentions[mentions.indexOf(m)] = described;
      personLike.delete(m);
      personLike.add(described);
      for (let k = 0; k < tokens.length; k++) if (tokens[k].start >= m.start && tokens[k].end <= end) used[k] = true;
    }

    // Then references and surnames, in token order, against everything named so far.
    const refs: ProposedMention[] = proposals.filter((p) => p.reference);
    for (let i = 0; i < tokens.length; i++) {
      const sur = used[i] || (i > 0 && tokens[i - 1].text === '-' && tokens[i - 1].start === tokens[i].start - 1) ? undefined : discourse.surnameFrom(tokens, i);
      if (sur) refs.push({ from: i, to: sur.to, rule: 'surname' });
    }
    refs.sort((a, b) => a.from - b.from);
    for (const p of refs) {
      if (used.slice(p.from, p.to).some(Boolean)) continue;
      mentions.sort((a, b) => a.start - b.start);
      if (!p.reference) {
        const to = discourse.surnameFrom(tokens, p.from)!.person;
        push({ ...base(p.from, p.to), actor: to.actor, ...(to.affiliation ? { affiliation: to.affiliation } : {}), kind: 'reference', rule: `coref:surname→${to.text}@${to.start}` }, p.from, p.to);
        continue;
      }
      const resolved = discourse.resolve(p, tokens, sentence.index, mentions);
      for (const m of resolved) push(m, p.from, p.to);
      if (!resolved.length && p.reference.how === 'members') {
        for (const q of proposals) if (q.entry && q.from >= p.from && q.to <= p.to) decideName(q);
      }
    }

    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    shareCoordinatedRoles(text, mentions);
    const refined = refineEthnicMentions(tokens, mentions, dropped);
    discourse.remember(refined, personLike, tokens);
    out.push({ sentence, tokens, mentions: refined, placeTokens, dropped });
  }
  affiliateBySetting(text, out.flatMap((s) => s.mentions));
  return out;
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

const APPOSED_AFTER = /^(?:\s+(?:of|for|in|at)\s+[^,]{1,30})?\s*,\s*(?:(?:the|a|an)\s+)?(?:[\p{L}.-]+\s+){0,3}$/u;
const APPOSED_BEFORE = /^\s*,\s*(?:(?:the|a|an)\s+)?$/u;

/** The named person a description of one person stands beside: "<description>, the … <Name>" or "<Name>, <description>". */
function apposedPerson(text: string, m: Mention, end: number, mentions: Mention[]): Mention | undefined {
  const people = mentions.filter((x) => x.actor.type === 'person' && x.kind === 'person');
  const after = people.find((x) => x.start >= end && APPOSED_AFTER.test(text.slice(end, x.start)) && /^\s*([,.;)]|$|\s(said|says|told|who)\b)/.test(text.slice(x.end, x.end + 8)));
  if (after) return after;
  return people.find((x) => x.end <= m.start && APPOSED_BEFORE.test(text.slice(x.end, m.start)) && /^\s*([,.;)]|$)/.test(text.slice(end, end + 3)));
}
