// The web UI end to end, as an analyst uses it: every view against a real server with the sample corpus,
// filters, an event followed down to its sentence, an ingest, error states and the keyboard. Screenshots of
// each view go to test-results/screenshots/ (docs/screenshots/ holds the ones the README shows).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumAvailable, CHROMIUM, startHarness, type Harness } from './harness.ts';

const skip = chromiumAvailable() ? false : `Chromium not found at ${CHROMIUM} (.ci/run installs it)`;
if (skip && process.env.CI === 'true') throw new Error(skip);

describe('web UI', { skip, timeout: 120_000 }, () => {
  let h: Harness;
  before(async () => (h = await startHarness()), { timeout: 90_000 });
  after(() => h?.close());

  const go = async (hash: string) => {
    await h.page.goto(`${h.url}/${hash}`);
  };

  test('articles: the sample corpus is listed and opens in the reader', async () => {
    const { page } = h;
    await go('#/articles');
    await page.getByRole('heading', { name: 'Articles' }).waitFor();
    await page.locator('table.articles tbody tr').first().waitFor();
    assert.equal(await page.locator('table.articles tbody tr').count(), 20);
    assert.match((await page.locator('.counts').textContent()) ?? '', /20 articles · \d+ events/);
    await h.shot('articles');
    await page.getByLabel('Find').fill('Incirlik');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForFunction(() => document.querySelectorAll('table.articles tbody tr').length < 20);
    await page.locator('table.articles tbody a').first().click();
    await page.locator('.article-text').waitFor();
    assert.match(page.url(), /#\/articles\/sample-0[24]/);
  });

  test('reader: actors, places, dates and triggers are highlighted and explained', async () => {
    const { page } = h;
    await go('#/articles/sample-04-first-us-strikes-incirlik');
    await page.locator('.article-text mark.hl-actor').first().waitFor();
    for (const kind of ['actor', 'place', 'date', 'event']) {
      assert.ok((await page.locator(`.article-text mark.hl-${kind}`).count()) > 0, `no ${kind} highlighted`);
    }
    // From the keyboard: focus the first highlight and press Enter.
    await page.locator('.article-text mark.hl-actor').first().focus();
    await page.keyboard.press('Enter');
    const explain = page.locator('.explain.actor').first();
    await explain.waitFor();
    assert.match((await explain.textContent()) ?? '', /Resolved to.*Rule/s);
    await page.locator('.article-text mark.hl-place').first().click();
    await page.locator('.explain.place').first().waitFor();
    assert.match((await page.locator('.explain.place').first().textContent()) ?? '', /Coordinates/);
    await page.locator('.article-text mark.hl-event').first().click();
    await page.locator('.explain.event').first().waitFor();
    assert.match((await page.locator('.explain.event').first().textContent()) ?? '', /CAMEO.*Status.*Rule/s);
    await h.shot('reader');
  });

  test('events: filters, a row opened to its evidence, followed to its sentence', async () => {
    const { page } = h;
    await go('#/events');
    await page.locator('table.events tbody tr').first().waitFor();
    await page.getByLabel('Actor', { exact: true }).fill('TUR');
    await page.getByLabel('CAMEO root').selectOption('19');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/actor=TUR&root=19/);
    await page.locator('section[aria-busy="false"] .result-line', { hasText: 'match the filters' }).waitFor();
    const rows = page.locator('table.events tbody tr:not(.evidence-row)');
    const n = await rows.count();
    assert.ok(n > 0);
    for (let i = 0; i < n; i++) {
      const cells = await rows.nth(i).locator('td').allTextContents();
      assert.ok(cells[2].startsWith('TUR') || cells[3].startsWith('TUR'), cells.join(' | '));
      assert.match(cells[4], /^19/);
    }
    // Open the first row's evidence.
    await rows.first().getByRole('button').click();
    const quote = page.locator('.evidence-row blockquote').first();
    await quote.waitFor();
    const trigger = ((await quote.locator('mark.trigger').textContent()) ?? '').trim();
    assert.ok(trigger.length > 0);
    await h.shot('events');
    // Follow it to the sentence in the article.
    await page.locator('.evidence-row .evidence-meta a').first().click();
    await page.locator('#focus-sentence').waitFor();
    assert.match(page.url(), /#\/articles\/.+\?event=/);
    const sentence = await page.locator('.focus-sentence').allTextContents();
    assert.ok(sentence.join('').includes(trigger), `"${trigger}" not in the focused sentence`);
    await page.locator('.explain.event').first().waitFor();
    await h.shot('reader-event');
  });

  test('events: the story-level view and an export link of the same filters', async () => {
    const { page } = h;
    await go('#/events?view=stories&actor=RUS');
    await page.locator('table.events tbody tr').first().waitFor();
    assert.match((await page.locator('.result-line').textContent()) ?? '', /stor(y|ies)/);
    assert.match((await page.locator('table.events tbody tr').first().textContent()) ?? '', /article.*source/);
    const href = await page.getByRole('link', { name: 'JSONL' }).getAttribute('href');
    assert.match(href ?? '', /^\/api\/export\?actor=RUS&format=jsonl&level=stories$/);
  });

  test('timeline: a pair over time, a bar down to its events', async () => {
    const { page } = h;
    await go('#/timeline');
    await page.getByText('Choose two actors').waitFor();
    await page.getByLabel('Actor', { exact: true }).fill('TUR');
    await page.getByLabel('and actor').fill('RUS');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('.chart svg').first().waitFor();
    assert.ok((await page.locator('.chart svg rect').count()) > 0);
    await page.locator('table.points tbody button').first().click();
    await page.locator('.period-events table.events tbody tr').first().waitFor();
    await h.shot('timeline');
  });

  test('network: signed edges, a period slider that changes the period', async () => {
    const { page } = h;
    await go('#/network?end=2017-01&window=24');
    await page.locator('.graph canvas').first().waitFor();
    assert.ok((await page.locator('aside table tbody tr').count()) > 0);
    const signs = await page.locator('aside table tbody td.num.pos, aside table tbody td.num.neg').count();
    assert.ok(signs > 0);
    await page.waitForTimeout(300);
    await h.shot('network');
    const slider = page.getByLabel('Period ending');
    const was = await page.locator('.period-out').textContent();
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((w) => document.querySelector('.period-out')?.textContent !== w, was);
    assert.match(page.url(), /end=\d{4}-\d{2}/);
  });

  test('map: clustered places on an offline map, a place down to its events', async () => {
    const { page } = h;
    await go('#/map');
    await page.locator('svg.world .country').first().waitFor();
    assert.ok((await page.locator('svg.world .cluster').count()) > 0);
    await page.locator('ol.place-list button').first().click();
    await page.locator('.period-events table.events tbody tr').first().waitFor();
    assert.match(page.url(), /place=/);
    await h.shot('map');
    // A cluster from the keyboard.
    await page.locator('svg.world .cluster').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Zoom out' }).click();
  });

  test('ingest: a pasted article is coded with progress and opens in the reader', async () => {
    const { page } = h;
    await go('#/ingest');
    await page.getByLabel('Title').fill('Turkey and Iran agree on border security');
    await page.getByLabel('Published').fill('2018-04-02');
    await page.getByLabel('Outlet').fill('Test Wire');
    await page
      .getByLabel('Text')
      .fill('Turkey and Iran agree on border security\n\nTurkey and Iran signed a border security agreement in Tehran on Monday, officials said. Ankara also condemned the attack on its troops in Iraq.');
    await page.getByRole('button', { name: 'Code and store' }).click();
    await page.locator('.progress.done').waitFor({ timeout: 60_000 });
    assert.match((await page.locator('.progress').textContent()) ?? '', /1 stored/);
    await h.shot('ingest');
    await page.locator('.progress a').first().click();
    await page.locator('.article-text').waitFor();
    assert.match((await page.locator('h1').textContent()) ?? '', /Turkey and Iran agree/);
  });

  test('errors and empty states are explained', async () => {
    const { page } = h;
    await go('#/events?since=last-week');
    await page.getByRole('alert').waitFor();
    assert.match((await page.getByRole('alert').textContent()) ?? '', /since: must be a date such as 2015/);
    assert.equal(await page.locator('#f-since').getAttribute('aria-invalid'), 'true');
    await go('#/events?actor=NOBODY');
    await page.getByText('No events match these filters').waitFor();
    await go('#/articles/no-such-article');
    await page.getByText('Article not found').waitFor();
  });

  test('keyboard: skip link first, then the views', async () => {
    const { page } = h;
    await page.goto('about:blank'); // a fresh load, so focus starts at the top of the document
    await go('#/articles');
    await page.locator('table.articles').waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Articles');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Events' }).waitFor();
  });
});
