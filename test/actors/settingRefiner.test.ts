// The last-resort affiliation: a titled person tied to no country acts for the state the article is set in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../../src/core/resources.ts';
import { buildArticle, processArticle } from '../../src/core/pipeline.ts';

const r = loadResources();
const personIn = (text: string) => {
  const res = processArticle(buildArticle({ id: 't', text, published: '2000-01-01' }, r), r);
  return res.mentions.find((m) => m.actor.type === 'person' && m.text.includes('Mwangi'));
};

const cases: Array<[string, string, string | undefined]> = [
  ['a demonym sets the scene', 'President Joseph Mwangi threatened to ban Kenyan opposition parties.', 'KEN'],
  ['a capital sets the scene', 'President Joseph Mwangi imposed a curfew in Nairobi on Sunday.', 'KEN'],
  ['"in <country>" sets the scene', 'President Joseph Mwangi lifted the state of emergency in Kenya.', 'KEN'],
  ['a country only named as a target does not', 'President Joseph Mwangi threatened further action against Russia.', undefined],
  ['the only state, named by one of its institutions, sets the scene', 'Vice-President Joseph Mwangi ignored a summons from the Kenya Anti-Corruption Commission.', 'KEN'],
  ['the only state named with an institution and as a target does not', 'President Joseph Mwangi met the Uganda Police Force chief and warned Uganda.', undefined],
  ['a tie between two settings leaves none', 'President Joseph Mwangi spoke to Kenyan and Ugandan reporters.', undefined],
];
for (const [name, text, want] of cases) {
  test(`setting affiliation: ${name}`, () => {
    const m = personIn(text);
    assert.ok(m, 'the titled person is found');
    assert.equal(m.affiliation?.id, want);
    if (want) assert.match(m.rule, /article-setting/);
  });
}

test('setting affiliation: a visitor to the country is not from it', () => {
  const m = personIn('Defense Minister Joseph Mwangi met Kenyan officials on a visit to Kenya.');
  assert.ok(m);
  assert.equal(m.affiliation, undefined);
});
