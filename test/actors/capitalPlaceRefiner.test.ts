// A capital's name the geo stage resolves to a town in another country is no actor of the capital's state
// (src/actors/capitalPlaceRefiner.ts), run through the whole pipeline with its real gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../../src/core/resources.ts';
import { buildArticle, processArticle } from '../../src/core/pipeline.ts';

const r = loadResources();
const run = (text: string) => processArticle(buildArticle({ id: 't', text, published: '2020-03-01' }, r), r);

const cases: Array<[string, string, string | undefined]> = [
  ['a Texan town named like a capital', 'Police in Paris, Texas, arrested two men after a shooting, the mayor said.', undefined],
  ['an Ohio town named like a capital', 'The city council of Dublin, Ohio, approved a new budget on Monday.', undefined],
  ['the capital itself stays its state', 'Paris recalled its ambassador to Rome on Friday.', 'FRA'],
];
for (const [name, text, want] of cases) {
  test(`capital or town: ${name}`, () => {
    const res = run(text);
    const first = res.mentions.find((m) => m.text === text.split(/[ ,]/)[0] || m.kind === 'capital');
    assert.equal(first?.actor.id, want, JSON.stringify(res.mentions.map((m) => [m.text, m.actor.id])));
    if (!want) assert.ok(!res.actors.some((a) => a.id === 'FRA' || a.id === 'IRL'), 'no France or Ireland among the article actors');
  });
}
