// The geo stage's data files load, and a bad one is refused naming the file and the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlaceData, readDataFile, PlacesFile, UsStatesFile } from '../../src/geo/placeData.ts';
import { dataPath } from '../../src/core/paths.ts';

test('place data: every file under data/places validates', () => {
  const d = loadPlaceData();
  assert.equal(d.usStates.states.length, 51);
  assert.ok(d.directions.directions.some((x) => x.words.includes('southeastern')));
  readDataFile(PlacesFile, dataPath('places/places.json'));
});

test('place data: US states have unique FIPS and USPS codes', () => {
  const { states } = loadPlaceData().usStates;
  assert.equal(new Set(states.map((s) => s.fips)).size, states.length);
  assert.equal(new Set(states.map((s) => s.usps)).size, states.length);
});

test('place data: a malformed file is refused with its name and the bad field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-places-'));
  const file = join(dir, 'us-states.json');
  writeFileSync(file, JSON.stringify({ version: 1, countySuffixes: ['County'], states: [{ fips: '1', usps: 'AL', name: 'Alabama', abbreviations: [] }] }));
  assert.throws(() => readDataFile(UsStatesFile, file), (e: Error) => e.message.includes(file) && e.message.includes('states.0.fips'));
});
