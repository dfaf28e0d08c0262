// What a date mention carries besides its value: the rule that produced it, the part of a period, the end of a
// range or decade, and what a relative expression was counted from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesOf } from './datesOf.ts';

const R = '2016-10-21';
const only = (text: string, published: string | undefined = R) => {
  const found = datesOf(text, published);
  assert.ok(found.length, `no date in ${JSON.stringify(text)}`);
  return found.at(-1)!;
};

test('parts of a period: early, mid, late, with the span widened over the part words', () => {
  assert.deepEqual([only('US jets launched strikes early this month.').text, only('US jets launched strikes early this month.').time.part], ['early this month', 'early']);
  assert.equal(only('Inflation peaked in mid-2015.').time.part, 'mid');
  assert.equal(only('Inflation peaked in mid-2015.').text, 'mid-2015');
  assert.equal(only('He resigned at the end of June.').time.part, 'late');
  assert.equal(only('Growth slowed late last year.').time.part, 'late');
  assert.equal(only('The conflict dates to the early \'90s.').time.part, 'early');
  assert.equal(only('The deal was signed earlier this year.').text, 'earlier this year');
  assert.equal(only('The deal was signed earlier this year.').time.part, undefined);
});

test('ranges and decades keep their last year as end', () => {
  const range = only('Turkey bought gas from Iran between 2012 and 2014.');
  assert.deepEqual([range.time.value, range.time.end, range.rule], ['2012', '2014', 'year-range']);
  assert.equal(only('The war of 2011-14 killed thousands.').time.end, '2014');
  const decade = only('The army has fought the PKK since the 1980s.');
  assert.deepEqual([decade.time.value, decade.time.end, decade.time.precision, decade.rule], ['1980', '1989', 'year', 'decade']);
});

test('ranges of months and days keep their end too', () => {
  const months = only('Between March and May, fighting raged.');
  assert.deepEqual([months.text, months.time.value, months.time.end], ['March and May', '2016-03', '2016-05']);
  const days = only('The town was shelled from July 20 until August 3.');
  assert.deepEqual([days.time.value, days.time.end], ['2016-07-20', '2016-08-03']);
});

test('a count before a weekday stays out of the span', () => {
  assert.equal(only('The attack killed 12 on Friday, police said.').text, 'on Friday');
});

test('rules name the parser, and the tense when it decided', () => {
  assert.equal(only('Talks were held on 20 July 2015.').rule, 'chrono');
  assert.equal(only('Carter visited Ankara on Friday.').rule, 'chrono+past');
  assert.equal(only('Erdogan will travel to Moscow on Monday.').rule, 'chrono+future');
  assert.equal(only('Turkey has not talked to Damascus since 2012.').rule, 'bare-year');
  assert.equal(only('ISIS has held land since the summer of 2014.').rule, 'season');
  assert.equal(only('The army advanced last summer.').rule, 'season-relative');
  assert.equal(only('Fighting stopped on the 3rd.').rule, 'ordinal-day+past');
  assert.equal(only('Parliament met on Aug. 3. The next day it voted.').rule, 'shift');
  assert.equal(only('Within the Month: Russia tries to split the allies').rule, 'period');
  assert.equal(only('Erdogan survived the failed July coup. Jets bombed parliament on the coup night.').rule, 'occasion:coup');
});

test('what a value was counted from: nothing, the publication date, or another expression', () => {
  assert.equal(only('Talks were held on 20 July 2015.').anchor, undefined);
  assert.equal(only('Officials met on Monday.').anchor, 'published');
  assert.equal(only('The strikes began on July 24.').anchor, 'published');
  const text = 'Parliament met on Aug. 3. The next day it voted.';
  const next = only(text);
  assert.equal(next.anchor, 'text');
  assert.equal(text.slice(next.reference!.start, next.reference!.end), 'Aug. 3');
  const coup = 'Erdogan survived the failed July coup. Jets bombed parliament on the coup night.';
  const night = only(coup);
  assert.equal(night.text, 'the coup night');
  assert.equal(coup.slice(night.reference!.start, night.reference!.end), 'July');
  // With no time expression before it, a shift counts from the publication date.
  assert.equal(only('The next day, troops moved in.').anchor, 'published');
});

test('"the next day" counts from the nearest time expression before it, not the first', () => {
  const found = datesOf('The talks opened on May 2 and broke down on May 9. The next day, rebels attacked.', R);
  assert.deepEqual(found.map((d) => d.time.value), ['2016-05-02', '2016-05-09', '2016-05-10']);
});

test('an occasion takes the nearest dating before the reference, else the one after', () => {
  const text = 'A bombing in June killed ten. A second bombing in August killed five. On the day of the bombing, police were absent.';
  assert.equal(only(text).time.value, '2016-08');
  const later = 'On the night of the coup, jets bombed parliament. The coup attempt of July 15 failed.';
  assert.equal(datesOf(later, R)[0].time.value, '2016-07-15');
});

test('a time of day with a date keeps the date; alone it is none', () => {
  assert.equal(only('The blast hit at 4:58pm on Friday.').time.value, '2016-10-21');
  assert.equal(datesOf('At 10 a.m. the blast hit.', R).length, 0);
});

test('slash dates with a year are dates; without one they are not', () => {
  assert.equal(only('The accord of 12/05/2015 held.').time.value, '2015-12-05');
  assert.equal(datesOf('News 24/7 and a 3/4 majority.', R).length, 0);
});
