// Proposes toponyms: every capitalised gazetteer name, every country or capital the actor stage found, and
// directional areas ("northern Syria", "West Texas"), each with all the places it could be and the cues
// around it (a locative word before it, a "City, State" qualifier after it, a longer name it sits in). It
// decides nothing: src/geo/placeResolver.ts picks the place and whether the toponym is kept.
import type { Mention, Token } from '../core/types.ts';
import { isCapitalised } from '../core/text.ts';
import type { Gazetteer, GazetteerPlace, NameKind } from './gazetteer.ts';

export interface SentenceTokens {
  tokens: Token[];
  mentions: Mention[];
}

export interface Candidate {
  place: GazetteerPlace;
  kind: NameKind;
}

export interface Toponym {
  start: number;
  end: number;
  text: string;
  candidates: Candidate[];
  /** After a locative word ("in", "near", "city of"). */
  locative: boolean;
  /** The end of a longer capitalised name ("Chiquita Raquel Henry"): a place only in context. */
  inName: boolean;
  /** The state or country written after it ("Springfield, Ill."): the index of that toponym. */
  qualifiedBy?: number;
  /** It qualifies the toponym before it. */
  qualifies?: number;
  /** The actor stage read a state's name here (ISO3). */
  state?: string;
  /** The actor stage read a capital standing for its state here (ISO3). */
  capitalOf?: string;
  /** …and read it as its government acting ("Washington said"), not as a place ("a visit to Washington"). */
  capitalActs?: boolean;
  /** A direction word before an area: the part of the area it names. */
  direction?: { vector: [number, number]; words: string; /** Where the area's own name starts. */ baseStart: number };
}

const PUNCT_IN_NAME = /^[-'’.]$/;

export function proposeToponyms(text: string, sentences: SentenceTokens[], g: Gazetteer): Toponym[] {
  const { cues } = g;
  const out: Toponym[] = [];

  for (const { tokens, mentions } of sentences) {
    const first = out.length;
    // A place name inside a longer actor's name ("Kurdistan Workers' Party") or a person's is no place. A
    // state's name, a capital, a word inside the place's own name ("British" in "British Columbia") or a group
    // named like its territory ("South Ossetia") may still be one.
    const blocked = (start: number, end: number) =>
      mentions.some((m) => {
        if (m.start >= end || m.end <= start) return false;
        if (m.actor.type === 'person') return !(m.start > start && m.end <= end);
        if (m.actor.type === 'state' && (m.kind === 'capital' || m.kind === 'name') && m.start >= start && m.end <= end) return false;
        return !(m.start >= start && m.end <= end && (m.start > start || m.end < end || m.actor.type === 'group'));
      });
    const nameWord = (t: Token | undefined) => !!t && isCapitalised(t.text) && !cues.notNames.has(t.lower) && !g.directions.matchesAt([t], 0).length;
    const wordsOk = (from: number, to: number) =>
      tokens.slice(from, to).every((x, k) => (k === 0 ? isCapitalised(x.text) : isCapitalised(x.text) || PUNCT_IN_NAME.test(x.text) || cues.nameParticles.has(x.lower) || /^\d+$/.test(x.text)));

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const dir = g.directions.matchesAt(tokens, i)[0];
      if (!isCapitalised(t.text) && !dir) continue;
      if (cues.notNames.has(t.lower) && !dir) continue;

      const at = (from: number) => {
        const match = g.index.matchesAt(tokens, from, (_v, a, b) => wordsOk(a, b))[0];
        const state = mentions.find((m) => m.start === tokens[from].start && m.actor.type === 'state' && (m.kind === 'name' || m.kind === 'capital'));
        const stateTo = state ? tokens.findIndex((x) => x.end === state.end) + 1 : 0;
        const to = Math.max(match?.to ?? 0, stateTo);
        if (!to) return undefined;
        const candidates: Candidate[] = match && match.to === to ? match.values.map((v) => ({ place: v.place, kind: v.kind })) : [];
        let stateId: string | undefined;
        let capitalOf: string | undefined;
        let capitalActs = false;
        if (state && stateTo === to) {
          if (state.kind === 'name') {
            const c = g.countries.get(state.actor.id);
            if (c) candidates.push({ place: c, kind: 'name' });
            stateId = state.actor.id;
          } else {
            const c = g.capitals.get(state.actor.id);
            if (c) candidates.push({ place: c, kind: 'name' });
            capitalOf = state.actor.id;
            capitalActs = !state.locative;
          }
        }
        return { to, candidates, stateId, capitalOf, capitalActs };
      };

      let found = isCapitalised(t.text) && !cues.notNames.has(t.lower) ? at(i) : undefined;
      const from = i;
      let direction: Toponym['direction'];
      // "northern Syria", "South Texas": a direction before an area, unless the whole is a name ("North Carolina").
      if (dir && dir.to < tokens.length && (!found || found.to <= dir.to)) {
        const base = nameWord(tokens[dir.to]) ? at(dir.to) : undefined;
        const areas = base?.candidates.filter((c) => c.kind !== 'short' && (c.place.origin === 'country' || c.place.featureCode === 'ADM1' || c.place.featureCode === 'RGN'));
        if (base && areas?.length) {
          found = { ...base, candidates: areas };
          direction = { vector: dir.values[0], words: text.slice(tokens[i].start, tokens[dir.to - 1].end), baseStart: tokens[dir.to].start };
        } else if (found && found.to <= dir.to) found = undefined; // "West" alone is no town
      }
      if (!found) continue;
      const to = found.to;
      const start = tokens[from].start;
      const end = tokens[to - 1].end;
      if (blocked(start, end) || !found.candidates.length) {
        i = to - 1;
        continue;
      }
      // A street ("Dublin Road", "Orchard St.") is no town.
      if (cues.streetWords.has(tokens[to]?.lower ?? '')) {
        i = to - 1;
        continue;
      }
      const prev = tokens[from - 1];
      const prev2 = tokens[from - 2];
      const next = tokens[to];
      const actorPlace = !!found.stateId || !!found.capitalOf;
      // A person: after a title ("Sheriff Anderson", "Sheriff Doug Anderson") or before "said".
      const personLike =
        !actorPlace &&
        ((!!prev && cues.personTitles.has(prev.lower)) ||
          (!!prev2 && cues.personTitles.has(prev2.lower) && nameWord(prev)) ||
          (!!next && cues.personVerbs.has(next.lower) && !direction && found.candidates.every((c) => c.place.origin === 'geonames' || c.kind === 'short')));
      if (personLike) {
        i = to - 1;
        continue;
      }
      // The end of a longer capitalised name ("Chiquita Raquel Henry"); a capitalised first word of a sentence
      // says nothing.
      const inName = !direction && from > 1 && nameWord(prev) && !(out.length > first && out[out.length - 1].end === prev.end);
      const locWord = prev;
      const locWord2 = prev2;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        candidates: dedupe(found.candidates),
        locative: !!locWord && (cues.locative.has(locWord.lower) || (locWord.lower === 'the' && !!locWord2 && cues.locative.has(locWord2.lower))),
        inName,
        ...(found.stateId ? { state: found.stateId } : {}),
        ...(found.capitalOf ? { capitalOf: found.capitalOf, capitalActs: found.capitalActs } : {}),
        ...(direction ? { direction } : {}),
      });
      i = to - 1;
    }

    // "Springfield, Ill.", "Paris, Texas", "Athens, Greece": a state or country right after a place and a comma
    // qualifies it. An abbreviation ("Ill.", "Ga.") is read nowhere else.
    for (let k = first; k < out.length; k++) {
      const a = out[k];
      const b = out[k + 1];
      const between = b ? text.slice(a.end, b.start) : '';
      const isRegion = (c: Candidate) => c.place.featureCode === 'ADM1' || c.place.featureCode === 'PCLI';
      if (b && /^\s*,\s*$/.test(between) && b.candidates.some(isRegion) && !a.candidates.every(isRegion)) {
        a.qualifiedBy = k + 1;
        b.qualifies = k;
        b.candidates = b.candidates.filter(isRegion);
        a.inName = false;
        b.inName = false;
      }
    }
    for (let k = first; k < out.length; k++) {
      const x = out[k];
      if (x.qualifies === undefined) x.candidates = x.candidates.filter((c) => c.kind !== 'abbreviation');
    }
  }
  // Toponyms left with no candidate (a lone abbreviation) are dropped; qualifier links are re-pointed.
  const kept = out.map((x, k) => (x.candidates.length ? k : -1));
  const newIndex = new Map<number, number>();
  kept.filter((k) => k >= 0).forEach((k, n) => newIndex.set(k, n));
  return out
    .filter((x) => x.candidates.length)
    .map((x) => {
      const q = x.qualifiedBy !== undefined ? newIndex.get(x.qualifiedBy) : undefined;
      const s = x.qualifies !== undefined ? newIndex.get(x.qualifies) : undefined;
      const { qualifiedBy: _q, qualifies: _s, ...rest } = x;
      return { ...rest, ...(q !== undefined ? { qualifiedBy: q } : {}), ...(s !== undefined ? { qualifies: s } : {}) };
    });
}

/** One candidate per place; a supplement entry that copies a GeoNames place stands for it. */
function dedupe(cands: Candidate[]): Candidate[] {
  const byId = new Map<string, Candidate>();
  const rank = (c: Candidate) => (c.place.origin === 'supplement' ? 2 : 0) + (c.kind === 'name' ? 1 : 0);
  for (const c of cands) {
    const have = byId.get(c.place.id);
    if (!have || rank(c) > rank(have)) byId.set(c.place.id, c);
  }
  return [...byId.values()];
}
