// Speech acts derived from planned, threatened, demanded and refused events (table-driven, hand-built events).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveSpeechAct, type SpeechAct } from '../../src/events/speechActCoder.ts';
import { loadEventLexicon } from '../../src/events/eventLexicon.ts';
import type { ActorRef, EventStatus } from '../../src/core/types.ts';

const lexicon = loadEventLexicon();
const A: ActorRef = { id: 'LBY', type: 'state', name: 'Libya' };
const B: ActorRef = { id: 'GBR', type: 'state', name: 'United Kingdom' };
const S: ActorRef = { id: 'RUS', type: 'state', name: 'Russia' };

type Row = [string, string, EventStatus, { act?: SpeechAct; cue?: string }, 'unless' | 'if' | undefined, ActorRef | undefined, { act: SpeechAct; cameo: string; source: string; target: string | null } | undefined];
const rows: Row[] = [
  ['"offered to hand over" is an intent to yield', '0841', 'future', { act: 'intent', cue: 'offered to' }, undefined, undefined, { act: 'intent', cameo: '035', source: 'LBY', target: 'GBR' }],
  ['"will meet" is an intent to meet', '040', 'future', { act: 'intent', cue: 'will' }, undefined, undefined, { act: 'intent', cameo: '036', source: 'LBY', target: 'GBR' }],
  ['"will provide aid" is an intent to aid', '073', 'future', { act: 'intent', cue: 'will' }, undefined, undefined, { act: 'intent', cameo: '033', source: 'LBY', target: 'GBR' }],
  ['"will attack" is a threat of force', '190', 'future', { act: 'intent', cue: 'will' }, undefined, undefined, { act: 'threat', cameo: '138', source: 'LBY', target: 'GBR' }],
  ['"plans to attack" is neither intent nor threat here', '190', 'future', { act: 'intent', cue: 'plans to' }, undefined, undefined, undefined],
  ['"will withdraw … unless" is a threat', '0874', 'future', { act: 'intent', cue: 'will' }, 'unless', undefined, { act: 'threat', cameo: '130', source: 'LBY', target: 'GBR' }],
  ['"threatened to impose sanctions"', '163', 'future', { act: 'threat', cue: 'threatened to' }, undefined, undefined, { act: 'threat', cameo: '131', source: 'LBY', target: 'GBR' }],
  ['"Y said X must withdraw" is a demand by Y', '0874', 'future', { act: 'demand', cue: 'must' }, undefined, S, { act: 'demand', cameo: '106', source: 'RUS', target: 'LBY' }],
  ['a demand nobody voices is none', '0874', 'future', { act: 'demand', cue: 'must' }, undefined, undefined, undefined],
  ['"refused to meet" is a rejection', '040', 'negated', { act: 'refusal', cue: 'refused to' }, undefined, undefined, { act: 'refusal', cameo: '125', source: 'LBY', target: 'GBR' }],
  ['"did not meet" is no rejection', '040', 'negated', { cue: 'not' }, undefined, undefined, undefined],
  ['a hypothetical event says nothing', '040', 'hypothetical', { cue: 'may' }, undefined, undefined, undefined],
  ['an occurred event says nothing more', '040', 'occurred', {}, undefined, undefined, undefined],
];

for (const [name, cameo, status, modality, condition, speaker, want] of rows) {
  test(`speech act: ${name}`, () => {
    const got = deriveSpeechAct({ source: A, target: B, cameo, status }, modality, condition, speaker, lexicon);
    if (!want) return assert.equal(got, undefined);
    assert.ok(got, 'a speech act');
    assert.equal(got.act, want.act);
    assert.equal(got.cameo, want.cameo);
    assert.equal(got.source.id, want.source);
    assert.equal(got.target?.id ?? null, want.target);
  });
}
