// Validation errors: every bad request gets JSON { code, message, field } naming what is wrong.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testApi, type TestApi } from './helpers.ts';

describe('API validation errors', () => {
  let api: TestApi;
  before(async () => (api = await testApi()));
  after(() => api.close());

  const cases: Array<[string, number, string, string | null, RegExp]> = [
    ['/api/events?acter=TUR', 400, 'unknown_parameter', 'acter', /unknown query parameter "acter".*actor/],
    ['/api/events?limit=0', 400, 'invalid_parameter', 'limit', /at least 1/],
    ['/api/events?limit=501', 400, 'invalid_parameter', 'limit', /at most 500/],
    ['/api/events?limit=ten', 400, 'invalid_parameter', 'limit', /whole number/],
    ['/api/events?offset=-1', 400, 'invalid_parameter', 'offset', /whole number/],
    ['/api/events?dyad=TUR', 400, 'invalid_parameter', 'dyad', /two actor ids joined by ":"/],
    ['/api/events?since=last%20week', 400, 'invalid_parameter', 'since', /date such as 2015/],
    ['/api/events?since=2016&until=2015', 400, 'invalid_parameter', 'until', /before since/],
    ['/api/events?root=190', 400, 'invalid_parameter', 'root', /two-digit CAMEO root/],
    ['/api/events?plover=PUNCH', 400, 'invalid_parameter', 'plover', /PLOVER event type/],
    ['/api/events?status=maybe', 400, 'invalid_parameter', 'status', /occurred, future, hypothetical, negated/],
    ['/api/events?sort=random', 400, 'invalid_parameter', 'sort', /date, -date/],
    ['/api/events?country=Syria', 400, 'invalid_parameter', 'country', /alpha-3/],
    ['/api/events?actor=TUR&actor=USA', 400, 'invalid_parameter', 'actor', /given 2 times/],
    ['/api/events?actor=%3Cscript%3E', 400, 'invalid_parameter', 'actor', /actor id/],
    ['/api/timeline', 400, 'invalid_parameter', 'dyad', /is required/],
    ['/api/timeline?dyad=TUR:USA&interval=week', 400, 'invalid_parameter', 'interval', /month or year/],
    ['/api/export?format=xml', 400, 'invalid_parameter', 'format', /jsonl, csv/],
    ['/api/export?format=csv&level=stories', 400, 'invalid_parameter', 'level', /stories export only/],
    ['/api/evidence', 400, 'invalid_parameter', 'ids', /is required/],
    ['/api/articles/nope', 404, 'not_found', 'id', /article "nope" not found/],
    ['/api/events/nope%231', 404, 'not_found', 'id', /event "nope#1" not found/],
    ['/api/ingest/nope', 404, 'not_found', 'id', /ingest job not found/],
    ['/api/nothing', 404, 'not_found', null, /no API endpoint/],
  ];
  for (const [path, status, code, field, message] of cases) {
    test(`${path} → ${status} ${code}`, async () => {
      const r = await api.get(path);
      assert.equal(r.status, status, r.text);
      assert.match(r.headers.get('content-type') ?? '', /application\/json/);
      assert.deepEqual(Object.keys(r.body).sort(), ['code', 'field', 'message']);
      assert.equal(r.body.code, code);
      assert.equal(r.body.field, field);
      assert.match(r.body.message, message);
    });
  }

  test('a method an endpoint does not take is 405', async () => {
    const r = await api.get('/api/events', { method: 'DELETE' });
    assert.equal(r.status, 405);
    assert.equal(r.body.code, 'method_not_allowed');
  });
});
