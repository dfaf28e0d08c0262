// The actor stage's word lists, loaded once and compiled into phrase sets: locative and role cues
// (data/actors/context.json), reference phrases (references.json) and ambiguous names (ambiguity.json).
import { readFileSync } from 'node:fs';
import type { Role } from '../core/types.ts';
import { fold } from '../core/text.ts';
import { dataPath } from '../core/paths.ts';
import { PhraseSet } from './phraseSet.ts';
import { parseContextFile, type ContextFiles, type ContextKind, type REFERENCE_TYPES } from './contextSchema.ts';

export type ReferenceType = (typeof REFERENCE_TYPES)[number];

export interface AmbiguityCues {
  alias: string;
  actor: string;
  personName: boolean;
  readings: Array<{ reading: string; previous: PhraseSet; next: PhraseSet; context: PhraseSet; sticky: boolean }>;
  actorContext: PhraseSet;
}

export interface ActorCues {
  locative: {
    prepositions: PhraseSet;
    motionPrepositions: PhraseSet;
    motionWords: PhraseSet;
    placeVerbs: PhraseSet;
    notLocative: PhraseSet;
    placeSuffixes: PhraseSet;
    roleIn: PhraseSet;
  };
  demonymPlaceHeads: PhraseSet;
  demonymNonActorHeads: PhraseSet;
  notActorNames: PhraseSet;
  roleModifiers: PhraseSet;
  compoundPrefixes: PhraseSet;
  backedWords: PhraseSet;
  domesticRoles: Set<Role>;
  domesticPhrases: PhraseSet<Role>;
  domesticPrepositions: PhraseSet;
  personNouns: PhraseSet;
  /** Office as written → the catalogue's spelling of it. */
  offices: PhraseSet<string>;
  formerWords: PhraseSet;
  references: {
    personPronouns: Set<string>;
    subjectPronouns: Set<string>;
    singular: PhraseSet<ReferenceType>;
    plural: PhraseSet<{ type: ReferenceType; role?: Role }>;
    memberNouns: PhraseSet;
    former: PhraseSet;
    latter: PhraseSet;
    window: { pronoun: number; singular: number; plural: number };
    transliterations: Array<[string, string]>;
  };
  /** Folded alias → its cues. */
  ambiguous: Map<string, AmbiguityCues>;
  notNameWords: Set<string>;
}

function load<K extends ContextKind>(kind: K): ContextFiles[K] {
  const path = dataPath(`actors/${kind}.json`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read ${kind} file: ${(e as Error).message}`);
  }
  return parseContextFile(path, kind, json);
}

export function loadActorCues(): ActorCues {
  const c = load('context');
  const r = load('references');
  const a = load('ambiguity');
  const set = (xs: string[]) => new PhraseSet(xs);
  const offices = new PhraseSet<string>();
  for (const o of c.roles.offices) offices.add(o, c.roles.officeSpellings[o] ?? o);
  return {
    locative: {
      prepositions: set(c.locative.prepositions),
      motionPrepositions: set(c.locative.motionPrepositions),
      motionWords: set(c.locative.motionWords),
      placeVerbs: set(c.locative.placeVerbs),
      notLocative: set(c.locative.notLocative),
      placeSuffixes: set(c.locative.placeSuffixes),
      roleIn: set(c.locative.roleIn),
    },
    demonymPlaceHeads: set(c.demonymHeads.place),
    demonymNonActorHeads: set(c.demonymHeads.nonActor),
    notActorNames: set(c.notActorNames),
    roleModifiers: set(c.roles.modifiers),
    compoundPrefixes: set(c.roles.compoundPrefixes),
    backedWords: set(c.roles.backedWords),
    domesticRoles: new Set(c.roles.domesticRoles),
    domesticPhrases: new PhraseSet(c.roles.domesticPhrases.map((p) => [p.text, p.role] as const)),
    domesticPrepositions: set(c.roles.domesticPrepositions),
    personNouns: set(c.roles.personNouns),
    offices,
    formerWords: set(c.roles.formerWords),
    references: {
      personPronouns: new Set(r.personPronouns.map(fold)),
      subjectPronouns: new Set(r.subjectPronouns.map(fold)),
      singular: new PhraseSet(r.singular.map((s) => [s.text, s.type] as const)),
      plural: new PhraseSet(r.plural.map((p) => [p.text, { type: p.type, ...(p.role ? { role: p.role } : {}) }] as const)),
      memberNouns: set(r.memberNouns),
      former: set(r.former),
      latter: set(r.latter),
      window: r.window,
      transliterations: r.transliterations,
    },
    ambiguous: new Map(
      a.names.map((n) => [
        fold(n.alias),
        {
          alias: n.alias,
          actor: n.actor,
          personName: n.personName,
          readings: n.readings.map((x) => ({ reading: x.reading, previous: set(x.previous), next: set(x.next), context: set(x.context), sticky: x.sticky })),
          actorContext: set(n.actorContext),
        },
      ]),
    ),
    notNameWords: new Set(a.notNameWords.map(fold)),
  };
}
