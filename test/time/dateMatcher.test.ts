// Time expressions, table-driven: [text, publication date, expected value, expected precision] for the LAST time
// expression found in the text (the one the row is about; earlier ones are references such as "July 20" before
// "the next day"). A null value means the text holds no date at all. The sentences are the Entente team's own.
// Unless a row says otherwise, the publication date is Friday 21 October 2016.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatePrecision } from '../../src/core/types.ts';
import { datesOf } from './datesOf.ts';

const R = '2016-10-21';

type Row = [string, string | undefined, string | null, DatePrecision | null];

const rows: Row[] = [
  // Absolute dates: the text names the year.
  ['Talks were held on 20 July 2015.', R, '2015-07-20', 'day'],
  ['The accord was signed on March 3, 2014.', R, '2014-03-03', 'day'],
  ['The offensive began in July 2015.', R, '2015-07', 'month'],
  ['Troops entered the town on 2016-08-24.', R, '2016-08-24', 'day'],
  ['Turkey has not talked to Damascus since 2012.', R, '2012', 'year'],
  ['The group was founded in 1979.', R, '1979', 'year'],
  ['Officials expect a deal by 2020.', R, '2020', 'year'],
  ['The 2016 coup changed the army.', R, '2016', 'year'],
  // A month (and day) without a year: the year follows the tense.
  ['The strikes began on July 24.', R, '2016-07-24', 'day'],
  ['Rebels took Dabiq on Oct. 16.', R, '2016-10-16', 'day'],
  ['The army attacked on Dec. 5.', R, '2015-12-05', 'day'],
  ['Elections will be held on Dec. 5.', R, '2016-12-05', 'day'],
  ['The talks resume on November 3.', R, '2016-11-03', 'day'],
  ['They met in March.', R, '2016-03', 'month'],
  ['The vote will be held in March.', R, '2017-03', 'month'],
  ['Turkey in August launched an operation in Syria.', R, '2016-08', 'month'],
  ['The plan is to finish the wall by January.', R, '2017-01', 'month'],
  ['The ship sailed on the 4th of July.', R, '2016-07-04', 'day'],
  // Weekdays: past tense is the last one (the publication day included), future the next one, else the nearest.
  ['Carter visited Ankara on Friday.', R, '2016-10-21', 'day'],
  ['The army said Thursday that the raids killed 20 militants.', R, '2016-10-20', 'day'],
  ['Officials met on Monday.', R, '2016-10-17', 'day'],
  ['Erdogan will travel to Moscow on Monday.', R, '2016-10-24', 'day'],
  ['The vote is scheduled for Sunday.', R, '2016-10-23', 'day'],
  ['The ministers are expected to meet on Tuesday.', R, '2016-10-25', 'day'],
  ['He spoke on Wednesday night.', R, '2016-10-19', 'day'],
  ['Protests erupted last Friday.', R, '2016-10-14', 'day'],
  ['Talks resume next Tuesday.', R, '2016-10-25', 'day'],
  ['Carter visits Ankara on Saturday.', R, '2016-10-22', 'day'],
  ['He said on Friday that the talks had failed.', '2015-08-12', '2015-08-07', 'day'],
  ['Turkey will respond on Friday.', '2015-08-12', '2015-08-14', 'day'],
  // Counted from a publication date known only to the month: no finer than the month.
  ['Officials announced the deal on Tuesday.', '2015-08', '2015-08', 'month'],
  ['Turkish officials say they are now ready.', '2015-08', '2015-08', 'month'],
  ['The bombing happened yesterday.', '2015-08', '2015-08', 'month'],
  ['Turkey last month took on a larger role.', '2015-08', '2015-07', 'month'],
  // Casual and relative expressions.
  ['The bombing happened yesterday.', R, '2016-10-20', 'day'],
  ['Troops will arrive tomorrow.', R, '2016-10-22', 'day'],
  ['Troops arrived last week.', R, '2016-10', 'month'],
  ['The summit is next week.', R, '2016-10', 'month'],
  ['The ceasefire collapsed two weeks ago.', R, '2016-10', 'month'],
  ['The group was founded three years ago.', R, '2013', 'year'],
  ['Fighting resumed last month.', R, '2016-09', 'month'],
  ['Talks will resume next month.', R, '2016-11', 'month'],
  ['Talks will resume in 10 days.', R, '2016-10-31', 'day'],
  ['The deal was signed earlier this year.', R, '2016', 'year'],
  ['Elections are due later this year.', R, '2016', 'year'],
  ['The party won last year.', R, '2015', 'year'],
  ['Turkey is now buying weapons from Russia.', R, '2016-10-21', 'day'],
  ['Officials met this morning.', R, '2016-10-21', 'day'],
  ['Rebels struck last night.', R, '2016-10-20', 'day'],
  ['Within the Month: Russia tries to split the allies', R, '2016-10', 'month'],
  // Parts of a period: the value stays the period's.
  ['US jets launched strikes early this month.', R, '2016-10', 'month'],
  ['Growth slowed late last year.', R, '2015', 'year'],
  ['Inflation peaked in mid-2015.', R, '2015', 'year'],
  ['Clashes erupted in early August.', R, '2016-08', 'month'],
  ['He resigned at the end of June.', R, '2016-06', 'month'],
  ['Fighting resumed late last month.', R, '2016-09', 'month'],
  ['The economy shrank in the second half of 2015.', R, '2015', 'year'],
  ['It took place in mid-July.', R, '2016-07', 'month'],
  // Seasons: year and ISO 8601-2 season code (21 spring, 22 summer, 23 autumn, 24 winter).
  ['ISIS has held land since the summer of 2014.', R, '2014-22', 'season'],
  ['In the winter of 2014 the group expanded.', R, '2014-24', 'season'],
  ['Talks stalled in spring 2015.', R, '2015-21', 'season'],
  ['The army advanced last summer.', R, '2016-22', 'season'],
  ['This winter will be hard for refugees.', R, '2016-24', 'season'],
  ['Next spring the troops will withdraw.', R, '2017-21', 'season'],
  ['The offensive stalled in the autumn of last year.', R, '2015-23', 'season'],
  ['The talks collapsed in the fall of 2013.', R, '2013-23', 'season'],
  ['Since the spring, talks have stalled.', R, '2016-21', 'season'],
  ['The army advanced last summer.', '2016-07-10', '2015-22', 'season'],
  // Decades: year precision, valued at their first year (the last year is `end`).
  ['The army has fought the PKK since the 1980s.', R, '1980', 'year'],
  ['Relations were close in the 2000s.', R, '2000', 'year'],
  ['The conflict dates to the early \'90s.', R, '1990', 'year'],
  ['Nothing like it happened in the nineties.', R, '1990', 'year'],
  // Ranges: the start is the value (the last year is `end`).
  ['Turkey bought gas from Iran between 2012 and 2014.', R, '2012', 'year'],
  ['The truce held from 2013 to 2015.', R, '2013', 'year'],
  ['The war of 2011-14 killed thousands.', R, '2011', 'year'],
  ['Between March and May, fighting raged.', R, '2016-03', 'month'],
  ['The town was shelled from July 20 until August 3.', R, '2016-07-20', 'day'],
  // Ordinal days: this month, or the one before or after by tense.
  ['Fighting stopped on the 3rd.', R, '2016-10-03', 'day'],
  ['Protests will start on the 25th.', R, '2016-10-25', 'day'],
  ['The siege began on the 25th.', R, '2016-09-25', 'day'],
  ['The talks ended on the 15th, officials said.', R, '2016-10-15', 'day'],
  // Counted from the time expression before them.
  ['Parliament met on Aug. 3. The next day it voted.', R, '2016-08-04', 'day'],
  ['A bomber killed 33 people on July 20, and killed a soldier the next day.', R, '2016-07-21', 'day'],
  ['The attack came on July 20. Two days later the army struck.', R, '2016-07-22', 'day'],
  ['The strike on July 20 was followed a week later by raids.', R, '2016-07', 'month'],
  ['Talks began on May 2; the following week they collapsed.', R, '2016-05', 'month'],
  ['Troops entered on March 30, 2015 and withdrew the following month.', R, '2015-04', 'month'],
  ['The accord was signed in 2014. A year later it collapsed.', R, '2015', 'year'],
  ['The vote was held on June 1. The day before, rebels attacked.', R, '2016-05-31', 'day'],
  ['Rebels captured the town on Sept. 3 and lost it three days later.', R, '2016-09-06', 'day'],
  ['The plan was agreed in March and carried out the same month.', R, '2016-03', 'month'],
  ['Jets struck on Oct. 2 and again several days later.', R, '2016-10', 'month'],
  ['The next day, troops moved in.', R, '2016-10-22', 'day'],
  ['Parliament met on Aug. 3. Days later, troops withdrew.', R, '2016-08', 'month'],
  // Named occasions, dated elsewhere in the article.
  ['Erdogan survived the failed July coup. Jets bombed parliament on the coup night.', R, '2016-07', 'month'],
  ['The coup attempt of July 15 failed. On the night of the coup, jets bombed parliament.', R, '2016-07-15', 'day'],
  ['The election on June 7 was inconclusive. On the eve of the election, rebels struck.', R, '2016-06-06', 'day'],
  ['A bombing in Suruc on July 20 killed 33. Two days after the bombing, police raided homes.', R, '2016-07-22', 'day'],
  ['Jets bombed parliament on the coup night.', R, null, null],
  // Numbers that are not dates.
  ['160 militants were killed.', R, null, null],
  ['33 people died in the blast.', R, null, null],
  ['Between 160 and 200 militants were killed.', R, null, null],
  ['Between 1950 and 2000 fighters joined the group.', R, null, null],
  ['The statement was posted at 4:58pm.', R, null, null],
  ['Turkey sent 2000 troops to the border.', R, null, null],
  ['The 9/11 attacks changed everything.', R, null, null],
  ['Resolution 2254 was adopted unanimously.', R, null, null],
  ['The 480th Fleet deployed 26 jets.', R, null, null],
  ['Turkish troops may march on Raqqa.', R, null, null],
  ['The Sun reported the raid.', R, null, null],
  ['The US kept forces there for 30 years.', R, null, null],
  ['Fighting has raged over the past two weeks.', R, null, null],
  ['Turkey agreed to pause its offensive for 120 hours.', R, null, null],
  ['It was the first air attack on the group in several years.', R, null, null],
  ['The raid came four days after a soldier was killed.', R, null, null],
  ['Police said 4,000 people were detained.', R, null, null],
  ['The area measured 98 kilometers by 45 kilometers.', R, null, null],
  ['The UN counted 2014 refugees in the camp.', R, null, null],
  ['The soldiers fought on the 2nd floor.', R, null, null],
  // No publication date: relative expressions stay unresolved, absolute ones are kept.
  ['He said on Friday.', undefined, null, null],
  ['Fighting resumed last month.', undefined, null, null],
  ['The strikes began on July 24.', undefined, null, null],
  ['Talks were held on 20 July 2015.', undefined, '2015-07-20', 'day'],
  ['It began in July 2015. The next day, troops moved.', undefined, '2015-07', 'month'],
  ['ISIS has held land since the summer of 2014.', undefined, '2014-22', 'season'],
  // A publication date known only to the year: only years can be counted from it.
  ['The party won last year.', '2015', '2014', 'year'],
  ['Officials met on Monday.', '2015', null, null],
  ['They met in March.', '2015', '2015-03', 'month'],
];

for (const [text, published, value, precision] of rows) {
  test(`date: ${JSON.stringify(text)} @${published ?? 'none'}`, () => {
    const found = datesOf(text, published);
    const last = found.at(-1);
    const got = last ? `${last.time.value} ${last.time.precision} «${last.text}» (${last.rule})` : 'none';
    assert.equal(last?.time.value ?? null, value, got);
    assert.equal(last?.time.precision ?? null, precision, got);
    for (const d of found) {
      assert.equal(text.slice(d.start, d.end), d.text, 'a mention is a span of the text');
      assert.equal(d.time.source, 'text');
      assert.ok(d.rule, 'every mention says which parser produced it');
    }
  });
}

test('date table: at least 80 expressions', () => {
  assert.ok(rows.length >= 80, `${rows.length} rows`);
});
