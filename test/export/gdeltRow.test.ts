// A GDELT row from a story, column by column where Entente's values need a rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeReports } from '../../src/analysis/reportMerger.ts';
import { GDELT_COLUMNS } from '../../src/export/gdeltColumns.ts';
import { gdeltRow, globalEventId } from '../../src/export/gdeltExporter.ts';
import { PLACES, report } from '../analysis/reports.ts';

const row = (...reports: Parameters<typeof report>[]) => {
  const [story] = mergeReports(reports.map((r) => report(...r)));
  const values = gdeltRow(story, new Map([[1, '20170901102030']]));
  return Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, values[i]]));
};

test('a part of a state is coded as the state and its role; a group by its id', () => {
  const r = row(['a#1', { source: 'USA/GOV', target: 'TUR/OPP', cameo: '030', date: '2017-08' }]);
  assert.deepEqual([r.Actor1Code, r.Actor1CountryCode, r.Actor1Type1Code], ['USAGOV', 'USA', 'GOV']);
  assert.deepEqual([r.Actor2Code, r.Actor2Name, r.Actor2CountryCode, r.Actor2Type1Code], ['TUROPP', 'TURKEY (OPPOSITION)', 'TUR', 'OPP']);
  const g = row(['a#1', { source: 'ISIS', target: 'TUR', cameo: '1831' }]);
  assert.deepEqual([g.Actor1Code, g.Actor1CountryCode, g.Actor1KnownGroupCode, g.EventBaseCode, g.EventRootCode], ['ISIS', '', 'ISIS', '183', '18']);
});

test('dates at their precision give their first day; undated leaves the date columns empty', () => {
  const m = row(['a#1', { date: '2017-08' }]);
  assert.deepEqual([m.SQLDATE, m.MonthYear, m.Year, m.FractionDate], ['20170801', '201708', 2017, '2017.5836']);
  const y = row(['a#1', { date: '2016' }]);
  assert.deepEqual([y.SQLDATE, y.FractionDate], ['20160101', '2016.0027']);
  const none = row(['a#1', { date: null }]);
  assert.deepEqual([none.SQLDATE, none.MonthYear, none.Year, none.FractionDate], ['', '', '', '']);
});

test('a story of several reports: counts, the place and a stable id', () => {
  const r = row(['a#1', { place: PLACES.turkey, publisher: 'x' }], ['b#4', { place: PLACES.suruc, publisher: 'y' }], ['c#2', { publisher: 'x' }]);
  assert.deepEqual([r.NumMentions, r.NumSources, r.NumArticles], [3, 2, 3]);
  assert.deepEqual(
    [r.ActionGeo_Type, r.ActionGeo_FullName, r.ActionGeo_CountryCode, r.ActionGeo_Lat, r.ActionGeo_Long, r.ActionGeo_FeatureID],
    [4, 'Suruç', 'TUR', 36.97612, 38.42533, 300640],
  );
  assert.equal(r.GLOBALEVENTID, globalEventId('story:a#1'));
  assert.ok(Number.isSafeInteger(r.GLOBALEVENTID));
  assert.equal(r.SOURCEURL, 'article:a');
  assert.equal(r.DATEADDED, '20170901102030');
  const country = row(['a#1', { place: PLACES.syria }]);
  assert.equal(country.ActionGeo_Type, 1);
});
