import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import {
  parseCatalogueFile,
  findDuplicateAliases,
  normaliseAlias,
  ROLE_CODES,
  type CatalogueKind,
  type CatalogueFiles,
} from '../../src/actors/catalogueSchema.ts';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'actors');

function load<K extends CatalogueKind>(kind: K): CatalogueFiles[K] {
  const path = join(dataDir, `${kind}.json`);
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return parseCatalogueFile(path, kind, json);
}

test('every catalogue file is valid', () => {
  for (const kind of ['states', 'groups', 'igos', 'people', 'roles'] as const) {
    assert.doesNotThrow(() => load(kind), `${kind}.json should validate`);
  }
});

test('files are valid JSON with 2-space indentation', () => {
  for (const kind of ['states', 'groups', 'igos', 'people', 'roles']) {
    const raw = readFileSync(join(dataDir, `${kind}.json`), 'utf8');
    const json: unknown = JSON.parse(raw);
    assert.equal(raw, JSON.stringify(json, null, 2) + '\n', `${kind}.json should be formatted as JSON.stringify(x, null, 2)`);
  }
});

test('catalogue sizes', () => {
  const states = load('states').states;
  const groups = load('groups').groups;
  const igos = load('igos').igos;
  const people = load('people').people;
  assert.ok(states.length >= 245, `states: ${states.length}`);
  assert.ok(groups.length >= 150, `groups: ${groups.length}`);
  assert.ok(igos.length >= 60, `igos: ${igos.length}`);
  assert.ok(people.length >= 100, `people: ${people.length}`);
});

test('states cover every world-countries entry', () => {
  const wc = JSON.parse(readFileSync(join(dataDir, '..', '..', 'node_modules', 'world-countries', 'countries.json'), 'utf8')) as { cca3: string }[];
  const ids = new Set(load('states').states.map((s) => s.id));
  const missing = wc.map((c) => c.cca3).filter((c) => !ids.has(c));
  assert.deepEqual(missing, [], `states.json lacks: ${missing.join(', ')}`);
});

test('no normalised alias points to two ids across states, groups and IGOs', () => {
  const entries = [...load('states').states, ...load('groups').groups, ...load('igos').igos];
  const dups = findDuplicateAliases(entries);
  assert.deepEqual(dups, [], `duplicate aliases:\n${dups.map((d) => `  "${d.alias}" -> ${d.ids.join(', ')}`).join('\n')}`);
});

test('findDuplicateAliases normalises case, diacritics, periods and spaces', () => {
  const dups = findDuplicateAliases([
    { id: 'A', aliases: ['U.S.', 'Türkiye'] },
    { id: 'B', aliases: ['us', 'Turkiye'] },
    { id: 'C', aliases: ['Only  Mine'], metonyms: [{ text: 'only mine' }] },
  ]);
  assert.deepEqual(dups, [
    { alias: 'us', ids: ['A', 'B'] },
    { alias: 'turkiye', ids: ['A', 'B'] },
  ]);
  assert.equal(normaliseAlias('  Çavuşoğlu \t Mevlüt '), 'cavusoglu mevlut');
});

test('case-sensitive aliases are listed among the aliases', () => {
  // (the schema enforces it; this checks the short acronyms that are also words are marked)
  const groups = load('groups').groups;
  const isis = groups.find((g) => g.id === 'ISIS');
  assert.ok(isis?.caseSensitive.includes('IS'));
  const usa = load('states').states.find((s) => s.id === 'USA');
  assert.ok(usa?.caseSensitive.includes('US'));
  const who = load('igos').igos.find((g) => g.id === 'WHO');
  assert.ok(who?.caseSensitive.includes('WHO'));
});

test('people point at known actors, and seed people are present', () => {
  const actorIds = new Set([
    ...load('states').states.map((s) => s.id),
    ...load('groups').groups.map((g) => g.id),
    ...load('igos').igos.map((g) => g.id),
  ]);
  const people = load('people').people;
  const bad = people.flatMap((p) => p.roles.filter((r) => !actorIds.has(r.actor)).map((r) => `${p.id} -> ${r.actor}`));
  assert.deepEqual(bad, [], `unknown actors: ${bad.join(', ')}`);
  const ids = new Set(people.map((p) => p.id));
  for (const id of ['erdogan-recep-tayyip', 'akar-hulusi', 'carter-ashton', 'bagheri-mohammad', 'gulen-fethullah', 'barzani-masoud']) {
    assert.ok(ids.has(id), `missing ${id}`);
  }
  const bagheri = people.find((p) => p.id === 'bagheri-mohammad')!;
  assert.ok(bagheri.aliases.includes('Mohammad Baqeri'));
  assert.equal(bagheri.roles[0].role, 'MIL');
});

test('roles.json covers every CAMEO agent code', () => {
  const roles = load('roles').roles;
  for (const code of ROLE_CODES) assert.ok(roles[code]?.nouns.length, `no nouns for ${code}`);
});

test('a malformed entry throws an error naming file, entry and field', () => {
  const path = 'data/actors/my-groups.json';
  const good = {
    id: 'TESTGRP',
    name: 'Test Group',
    aliases: ['Test Group'],
    kind: 'militia',
    country: 'SYR',
    cameo: 'SYRREB',
    caseSensitive: [],
    note: 'made up for the test',
  };
  assert.doesNotThrow(() => parseCatalogueFile(path, 'groups', { version: 1, groups: [good] }));

  // missing id
  const noId = { ...good } as Record<string, unknown>;
  delete noId.id;
  assert.throws(
    () => parseCatalogueFile(path, 'groups', { version: 1, groups: [good, noId] }),
    (e: unknown) => {
      const m = (e as Error).message;
      assert.match(m, /my-groups\.json/);
      assert.match(m, /groups entry 1/);
      assert.match(m, /name "Test Group"/);
      assert.match(m, /field "id"/);
      return true;
    },
  );

  // wrong type of field
  assert.throws(
    () => parseCatalogueFile(path, 'groups', { version: 1, groups: [good, { ...good, id: 'OTHER', aliases: 'Other' }] }),
    (e: unknown) => {
      const m = (e as Error).message;
      assert.match(m, /my-groups\.json/);
      assert.match(m, /groups entry 1 \(id "OTHER"/);
      assert.match(m, /field "aliases"/);
      return true;
    },
  );

  // nested field, in another kind of file
  assert.throws(
    () =>
      parseCatalogueFile('people.json', 'people', {
        version: 1,
        people: [{ id: 'x-y', name: 'X Y', aliases: [], roles: [{ actor: 'TUR', role: 'BOSS', title: 'boss', from: '2010', to: null }] }],
      }),
    /people\.json: people entry 0 \(id "x-y", name "X Y"\): field "roles\[0\]\.role"/,
  );

  // a state entry with a metonym of the wrong type
  assert.throws(
    () => parseCatalogueFile('states.json', 'states', { version: 1, states: [{ id: 'TUR', aliases: [], metonyms: ['Ankara'] }] }),
    /states\.json: states entry 0 \(id "TUR"\): field "metonyms\[0\]"/,
  );

  // duplicate ids and a caseSensitive alias that is not an alias
  assert.throws(
    () => parseCatalogueFile(path, 'groups', { version: 1, groups: [good, { ...good, caseSensitive: ['TG'] }] }),
    (e: unknown) => {
      const m = (e as Error).message;
      assert.match(m, /groups entry 1 \(id "TESTGRP".*field "id": duplicate id/);
      assert.match(m, /field "caseSensitive\[0\]"/);
      return true;
    },
  );

  // top-level problems name the file and the field
  assert.throws(() => parseCatalogueFile('igos.json', 'igos', { version: 2, igos: [] }), /igos\.json: top level: field "version"/);
  assert.throws(
    () => parseCatalogueFile('roles.json', 'roles', { version: 1, roles: { GOV: { nouns: 'government' } } }),
    /roles\.json: roles entry "GOV": field "nouns"/,
  );
});
