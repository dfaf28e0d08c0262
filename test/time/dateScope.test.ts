// Which events a time expression dates: the scope the time stage gives each mention (data/time/scope.json),
// which the event coder uses to pick the expression governing a trigger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesOf } from './datesOf.ts';

const R = '2015-08-25';
const governs = (text: string, date: string, word: string) => {
  const d = datesOf(text, R).find((x) => x.text === date);
  assert.ok(d?.scope, `no scope for ${date}`);
  const at = text.indexOf(word);
  return d.scope.start <= at && at < d.scope.end;
};

test('a relation word ends the scope: "talks follow a bombing in July" dates the bombing only', () => {
  const text = "Turkey's discussions with the US follow a suicide bombing in July.";
  assert.equal(governs(text, 'July', 'bombing'), true);
  assert.equal(governs(text, 'July', 'discussions'), false);
  const since = 'Ankara has not talked to Damascus since 2012.';
  assert.equal(governs(since, '2012', 'talked'), false);
});

test('a relative clause takes the time of its clause but gives none back', () => {
  const down = 'Turkey in August sent troops to back rebels who have ousted ISIS from Jarabulus.';
  assert.equal(governs(down, 'August', 'ousted'), true);
  const up = 'Turkey attacked rebels who had seized the town in 2014.';
  assert.equal(governs(up, '2014', 'seized'), true);
  assert.equal(governs(up, '2014', 'attacked'), false);
});

test('a joint ends the scope: "but" and ";"', () => {
  const text = 'Rebels attacked on Monday, but the army has not responded.';
  assert.equal(governs(text, 'on Monday', 'responded'), false);
});

test('a pronoun-led sentence without a time of its own continues the one before', () => {
  const text = 'Turkey last month took on a larger role. It has carried out air strikes. Turkey also arrested militants.';
  assert.equal(governs(text, 'last month', 'carried'), true);
  assert.equal(governs(text, 'last month', 'arrested'), false);
  const para = 'Turkey last month took on a larger role.\n\nIt has carried out air strikes.';
  assert.equal(governs(para, 'last month', 'carried'), false, 'not across paragraphs');
  const own = 'Turkey last month took on a larger role. It struck again on Tuesday.';
  assert.equal(governs(own, 'last month', 'struck'), false, 'not over a sentence with its own time');
});
