// Writes: the token (when ENTENTE_TOKEN is set), body validation, and an ingest job run to the end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testApi } from './helpers.ts';

const ARTICLE = {
  title: 'Turkey and Russia sign a gas deal',
  published: '2016-10-10',
  outlet: 'Test Wire',
  text: 'Turkey and Russia sign a gas deal\n\nTurkey and Russia signed an agreement on the TurkStream gas pipeline in Istanbul on Monday, officials said.',
};
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

test('with ENTENTE_TOKEN set, writes need the bearer token; reads do not', async () => {
  const api = await testApi({ token: 's3cret' });
  try {
    const none = await api.get('/api/ingest', json(ARTICLE));
    assert.equal(none.status, 401);
    assert.deepEqual(none.body, {
      code: 'unauthorized',
      message: 'this server protects writes: send the header "Authorization: Bearer <token>" with the value of ENTENTE_TOKEN',
      field: 'Authorization',
    });
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    const wrong = await api.get('/api/ingest', json(ARTICLE, { Authorization: 'Bearer nope' }));
    assert.equal(wrong.status, 401);
    assert.match(wrong.body.message, /not the one this server was started with/);
    assert.equal((await api.get('/api/events')).status, 200);
    assert.equal((await api.get('/api/meta')).body.writeProtected, true);
    // The right token gets past the guard to validation.
    const bad = await api.get('/api/ingest', json({ title: 'no text' }, { Authorization: 'Bearer s3cret' }));
    assert.equal(bad.status, 400);
    assert.deepEqual([bad.body.code, bad.body.field], ['invalid_body', 'text']);
  } finally {
    await api.close();
  }
});

test('ingest bodies are validated', async () => {
  const api = await testApi();
  try {
    const cases: Array<[RequestInit, number, string, string | null]> = [
      [json({ ...ARTICLE, text: '   ' }), 400, 'invalid_body', 'text'],
      [json({ ...ARTICLE, published: 'yesterday' }), 400, 'invalid_body', 'published'],
      [json({ ...ARTICLE, url: 'not a url' }), 400, 'invalid_body', 'url'],
      [json({ articles: [] }), 400, 'invalid_body', 'articles'],
      [{ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{not json' }, 400, 'invalid_body', null],
      [{ method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' }, 415, 'unsupported_media_type', 'Content-Type'],
      [{ method: 'POST', body: new FormData() }, 400, 'invalid_body', 'files'],
    ];
    for (const [init, status, code, field] of cases) {
      const r = await api.get('/api/ingest', init);
      assert.equal(r.status, status, r.text);
      assert.deepEqual([r.body.code, r.body.field], [code, field], r.text);
    }
  } finally {
    await api.close();
  }
});

test('a pasted article and an uploaded file are coded, stored and reported by the job', async () => {
  const api = await testApi({ empty: true });
  try {
    const started = await api.get('/api/ingest', json(ARTICLE));
    assert.equal(started.status, 202, started.text);
    assert.match(started.body.id, /^[0-9a-f]{16}$/);
    await api.idle();
    const job = (await api.get(`/api/ingest/${started.body.id}`)).body;
    assert.equal(job.state, 'done', JSON.stringify(job.errors));
    assert.deepEqual([job.total, job.read, job.stored, job.skipped, job.failed], [1, 1, 1, 0, 0]);
    assert.ok(job.events >= 1);
    const [id] = job.articleIds;
    assert.match(id, /^pasted-[0-9a-f]{12}$/);
    const stored = (await api.get(`/api/articles/${id}`)).body;
    assert.equal(stored.article.outlet, 'Test Wire');
    assert.ok(stored.events.length >= 1);

    // Files: one good JSONL line, one bad, and the same article again (skipped).
    const form = new FormData();
    const lines = [JSON.stringify({ id: 'wire-2', text: 'Iran condemned the strikes on Monday.', published: '2016-10-11' }), '{broken', JSON.stringify({ id: 'again', ...ARTICLE })];
    form.append('files', new File([lines.join('\n')], 'batch.jsonl'));
    const upload = await api.get('/api/ingest', { method: 'POST', body: form });
    assert.equal(upload.status, 202, upload.text);
    await api.idle();
    const j2 = (await api.get(`/api/ingest/${upload.body.id}`)).body;
    assert.equal(j2.state, 'done');
    assert.deepEqual([j2.stored, j2.skipped, j2.failed], [1, 1, 1]);
    assert.deepEqual(j2.errors, [{ file: 'batch.jsonl', line: 2, message: 'line is not valid JSON' }]);
    assert.equal((await api.get('/api/health')).body.articles, 2);
  } finally {
    await api.close();
  }
});
