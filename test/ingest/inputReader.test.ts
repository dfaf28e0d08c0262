import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, formatInputError, type InputItem } from '../../src/ingest/inputReader.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-input-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function collect(paths: string[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of readInputs(paths)) out.push(i);
  return out;
}

const good = file('good-one.txt', 'Turkey struck IS targets.\n');
const empty = file('empty.txt', '');
const blank = file('blank.txt', '   \n\n ');
const binary = file('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
const latin1 = file('latin1.txt', Buffer.from([0x54, 0x75, 0x72, 0x6b, 0x65, 0x79, 0xe7, 0x20, 0x61]));
const jsonl = file(
  'batch.jsonl',
  [
    JSON.stringify({ id: 'a1', text: 'Iran and Turkey met.', published: '2017-08-16', outlet: 'X' }),
    '{not json',
    JSON.stringify({ id: 'a3', title: 'no text here' }),
    '',
    JSON.stringify({ id: 'a5', text: '   ' }),
    JSON.stringify({ id: 7, text: 'Numeric ids are fine.' }),
    JSON.stringify({ id: 'a8', text: 42 }),
  ].join('\n'),
);
const odd = file('notes.docx', 'whatever');
const html = file(
  'page.html',
  `<!doctype html><html><head><title>Turkey and Iran agree</title><meta property="article:published_time" content="2017-08-16T10:00:00Z"></head>
   <body><nav>Home | World | Sport</nav><article><h1>Turkey and Iran agree</h1>
   <p>Turkey and Iran agreed on Wednesday to expand their military cooperation against Kurdish militant groups along their shared border, officials in Ankara said.</p>
   <p>The chiefs of staff of both countries met in the Turkish capital, the first such visit in decades, according to the two governments.</p>
   </article><footer>Copyright 2017</footer></body></html>`,
);

test('a good .txt file: id is the file name without extension', async () => {
  const [item] = await collect([good]);
  assert.equal(item.article?.id, 'good-one');
  assert.equal(item.article?.text, 'Turkey struck IS targets.\n');
});

const bad: Array<[string, string, RegExp]> = [
  ['empty file', empty, /empty/],
  ['whitespace-only file', blank, /no text/],
  ['binary file', binary, /binary/],
  ['invalid UTF-8', latin1, /not valid UTF-8/],
  ['missing path', join(dir, 'nope.txt'), /no such file/],
  ['unsupported type', odd, /unsupported input type ".docx"/],
];
for (const [name, path, re] of bad) {
  test(`bad input: ${name} gives one error naming the file`, async () => {
    const items = await collect([path]);
    assert.equal(items.length, 1);
    assert.ok(items[0].error, 'an error item');
    const line = formatInputError(items[0].error!);
    assert.ok(line.startsWith(path), line);
    assert.match(line, re);
    assert.ok(!line.includes('\n'));
  });
}

test('jsonl: good records pass, bad lines are named by line number and do not stop the rest', async () => {
  const items = await collect([jsonl]);
  const arts = items.filter((i) => i.article).map((i) => i.article!);
  const errs = items.filter((i) => i.error).map((i) => formatInputError(i.error!));
  assert.deepEqual(arts.map((a) => a.id), ['a1', '7']);
  assert.equal(arts[0].published, '2017-08-16');
  assert.equal(arts[0].outlet, 'X');
  assert.deepEqual(errs, [
    `${jsonl}:2: line is not valid JSON`,
    `${jsonl}:3: record lacks "text" (a string)`,
    `${jsonl}:5: record has an empty "text"`,
    `${jsonl}:7: record lacks "text" (a string)`,
  ]);
});

test('inputs are processed in order and one bad input does not stop the others', async () => {
  const items = await collect([good, binary, jsonl]);
  assert.equal(items[0].article?.id, 'good-one');
  assert.ok(items[1].error);
  assert.equal(items[2].article?.id, 'a1');
});

test('html: main text through Readability, title and date from the page', async () => {
  const [item] = await collect([html]);
  const a = item.article!;
  assert.equal(a.id, 'page');
  assert.equal(a.title, 'Turkey and Iran agree');
  assert.equal(a.published, '2017-08-16T10:00:00Z');
  assert.match(a.text, /^Turkey and Iran agree\n\nTurkey and Iran agreed on Wednesday/);
  assert.match(a.text, /chiefs of staff/);
  assert.doesNotMatch(a.text, /Home \| World/);
});

test('a directory: known file types in name order, other files passed over, subdirectories walked', async () => {
  const d = join(dir, 'tree');
  mkdirSync(join(d, 'sub'), { recursive: true });
  writeFileSync(join(d, 'b.txt'), 'Second.');
  writeFileSync(join(d, 'a.txt'), 'First.');
  writeFileSync(join(d, 'README.md'), '# not an article');
  writeFileSync(join(d, 'sub', 'c.txt'), 'Third.');
  const items = await collect([d]);
  assert.deepEqual(items.map((i) => i.article?.id), ['a', 'b', 'c']);
});
