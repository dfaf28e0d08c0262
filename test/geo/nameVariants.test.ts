// The transliteration and abbreviation rules of data/places/name-variants.json, applied to names as the
// gazetteer loads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPlaceData } from '../../src/geo/placeData.ts';
import { NameVariants } from '../../src/geo/nameVariants.ts';
import { fold } from '../../src/core/text.ts';

const variants = new NameVariants(loadPlaceData().variants);
const folded = (name: string, country?: string) => new Set(variants.of(name, country).map((v) => fold(v)));

const cases: Array<[name: string, country: string | undefined, spelling: string]> = [
  ['Ar Raqqah', 'SYR', 'Raqqa'],
  ['Ar Raqqah', 'SYR', 'al-Raqqah'],
  ['Ar Raqqah', 'SYR', 'ar-Raqqa'],
  ['Al Bāb', 'SYR', 'al-Bab'],
  ['Al Bāb', 'SYR', 'Bab'],
  ['As Suwaydāʼ', 'SYR', 'as-Suwayda'],
  ['Tall ‘Afar', 'IRQ', 'Tal Afar'],
  ['Tall ‘Afar', 'IRQ', 'Tell Afar'],
  ['Tall Abyaḑ', 'SYR', 'Tel Abyad'],
  ['Ra’s al ‘Ayn', 'SYR', 'Ras al-Ayn'],
  ['Ra’s al ‘Ayn', 'SYR', 'Ras el Ayn'],
  ['Dayr az Zawr', 'SYR', 'Dayr az-Zawr'],
  ['Al Ḩasakah', 'SYR', 'Hasaka'],
  ['Bandar-e Lengeh', 'IRN', 'Bandar Lengeh'],
  ['Saint Louis', 'USA', 'St. Louis'],
  ['St. Paul', 'USA', 'Saint Paul'],
  ['Fort Worth', 'USA', 'Ft. Worth'],
  ['Mount Vernon', 'USA', 'Mt. Vernon'],
];
for (const [name, country, spelling] of cases) {
  test(`variants: ${name} (${country}) is also written ${spelling}`, () => {
    assert.ok(folded(name, country).has(fold(spelling)), [...folded(name, country)].join(' | '));
  });
}

test('variants: Arabic rules are not applied outside the countries they are for', () => {
  assert.ok(!folded('Alamo', 'USA').has('mo'));
  assert.ok(!folded('Tell City', 'USA').has('tal city'));
  assert.deepEqual(variants.of('Springfield', 'USA'), ['Springfield']);
});

test('variants: a name never gets more spellings than the file allows', () => {
  const many = variants.of('Tall al Ḩamīdīyah ar Raqqah', 'SYR');
  assert.ok(many.length <= loadPlaceData().variants.maxVariantsPerName);
});
