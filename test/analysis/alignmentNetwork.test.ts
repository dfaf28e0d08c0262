import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignmentNetwork } from '../../src/analysis/alignmentNetwork.ts';
import { mergeReports } from '../../src/analysis/reportMerger.ts';
import { balance, sharedEnemies, triads } from '../../src/analysis/structuralBalance.ts';
import { report } from './reports.ts';

const stories = mergeReports([
  // 2017: Turkey and Iran cooperate, and both strike the PKK; only Iran strikes PJAK; a planned joint
  // operation against PJAK by Turkey; the US and Turkey fall out, the US backs the YPG, Turkey strikes it.
  report('a#1', { source: 'TUR', target: 'IRN', cameo: '062', date: '2017-08-15' }),
  report('b#1', { source: 'TUR', target: 'PKK', cameo: '190', date: '2017-08-16' }),
  report('c#1', { source: 'IRN', target: 'PKK', cameo: '195', date: '2017-09' }),
  report('c#2', { source: 'IRN', target: 'PJAK', cameo: '190', date: '2017-09' }),
  report('d#1', { source: 'TUR', target: 'PJAK', cameo: '190', date: '2017-10', status: 'future' }),
  report('e#1', { source: 'USA', target: 'TUR', cameo: '130', date: '2017-08' }),
  report('e#2', { source: 'USA', target: 'YPG', cameo: '062', date: '2017-08' }),
  report('f#1', { source: 'TUR', target: 'YPG', cameo: '190', date: '2017-08-20' }),
  // Left out: another year; a targetless event; a self-dyad; a negated meeting (not counted).
  report('g#1', { source: 'TUR', target: 'USA', cameo: '062', date: '2015-08' }),
  report('h#1', { source: 'TUR', target: null, cameo: '190', date: '2017-03' }),
  report('i#1', { source: 'TUR/GOV', target: 'TUR/MIL', cameo: '040', date: '2017-03' }),
  report('j#1', { source: 'IRN', target: 'TUR', cameo: '040', date: '2017-11', status: 'negated' }),
]);

test('edges: cooperation − conflict, signed; only stories of the period and counted statuses', () => {
  const net = alignmentNetwork(stories, { from: '2017-01', to: '2017-12' });
  assert.deepEqual(
    net.edges.map((e) => [e.source, e.target, e.cooperation, e.conflict, e.weight, e.sign, e.uncounted]),
    [
      ['IRN', 'PJAK', 0, 1, -1, -1, 0],
      ['IRN', 'PKK', 0, 1, -1, -1, 0],
      ['IRN', 'TUR', 1, 0, 1, 1, 1],
      ['PJAK', 'TUR', 0, 0, 0, 0, 1],
      ['PKK', 'TUR', 0, 1, -1, -1, 0],
      ['TUR', 'USA', 0, 1, -1, -1, 0],
      ['TUR', 'YPG', 0, 1, -1, -1, 0],
      ['USA', 'YPG', 1, 0, 1, 1, 0],
    ].filter(([, , c, k]) => (c as number) + (k as number) > 0),
  );
  const tur = net.nodes.find((n) => n.id === 'TUR')!;
  assert.deepEqual([tur.name, tur.type, tur.cooperation, tur.conflict, tur.degree], ['Turkey', 'state', 1, 3, 4]);
  assert.deepEqual(net.edges.find((e) => e.source === 'IRN' && e.target === 'TUR')!.stories, ['story:a#1']);
  assert.equal(net.edges.find((e) => e.source === 'IRN' && e.target === 'TUR')!.goldsteinSum, 7.4);
});

test('common adversaries: the PKK, which both strike; PJAK only as planned by Turkey', () => {
  const net = alignmentNetwork(stories, { from: '2017', to: '2017' });
  const edge = net.edges.find((e) => e.source === 'IRN' && e.target === 'TUR')!;
  assert.deepEqual(edge.against, [
    { id: 'PJAK', name: 'PJAK', basis: ['shared-target'], occurred: false, stories: ['story:c#2', 'story:d#1'] },
    { id: 'PKK', name: 'Kurdistan Workers’ Party', basis: ['shared-target'], occurred: true, stories: ['story:b#1', 'story:c#1'] },
  ]);
});

test('shared enemies, triads and structural balance', () => {
  const net = alignmentNetwork(stories, { from: '2017-01', to: '2017-12' });
  assert.deepEqual(
    net.triads.map((t) => [t.actors.join(' '), t.pattern, t.balanced]),
    [
      ['IRN PKK TUR', '+--', true],
      ['TUR USA YPG', '+--', true],
    ],
  );
  assert.deepEqual(net.sharedEnemies, [
    { allies: ['IRN', 'TUR'], enemy: 'PKK' },
    { allies: ['USA', 'YPG'], enemy: 'TUR' },
  ]);
  assert.deepEqual(net.balance, { triads: 2, balanced: 2, unbalanced: 0, ratio: 1 });
});

test('triads: allies, strain and all at odds', () => {
  const edges = [
    { source: 'TUR', target: 'USA', sign: 1 },
    { source: 'USA', target: 'YPG', sign: 1 },
    { source: 'TUR', target: 'YPG', sign: -1 },
    { source: 'RUS', target: 'TUR', sign: 1 },
    { source: 'RUS', target: 'USA', sign: 1 },
    { source: 'A', target: 'B', sign: -1 },
    { source: 'B', target: 'C', sign: -1 },
    { source: 'A', target: 'C', sign: -1 },
    { source: 'A', target: 'D', sign: 0 },
    { source: 'D', target: 'B', sign: -1 },
  ];
  const found = triads(edges);
  assert.deepEqual(
    found.map((t) => [t.actors.join(' '), t.pattern, t.balanced]),
    [
      ['A B C', '---', false],
      ['RUS TUR USA', '+++', true],
      ['TUR USA YPG', '++-', false],
    ],
  );
  assert.deepEqual(balance(found), { triads: 3, balanced: 1, unbalanced: 2, ratio: 0.333 });
  assert.deepEqual(sharedEnemies(found), []);
});

test('without a period every story counts; keepStories false keeps counts only', () => {
  const net = alignmentNetwork(stories, { keepStories: false });
  const edge = net.edges.find((e) => e.source === 'TUR' && e.target === 'USA')!;
  assert.deepEqual([edge.cooperation, edge.conflict, edge.stories], [1, 1, []]);
  for (const e of net.edges) for (const a of e.against) assert.deepEqual(a.stories, []);
  assert.equal(net.from, null);
  // Every status counted.
  const all = alignmentNetwork(stories, { statuses: ['occurred', 'future', 'hypothetical', 'negated'] });
  assert.equal(all.edges.find((e) => e.source === 'IRN' && e.target === 'TUR')!.cooperation, 2);
});
