// The actor stage through the real command line: a user's catalogue files (ENTENTE_ACTORS), a malformed one
// stopping start-up with file, entry and field named, duplicate aliases warned about, `entente actors
// --unknown` and `entente explain`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente } from '../cli/run.ts';
import { dataPath } from '../../src/core/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-actors-cli-'));
const article = join(dir, 'clash.txt');
writeFileSync(
  article,
  [
    'Zebra Front attacks border post',
    '',
    'Fighters of the Zebra Liberation Front attacked a Turkish border post on Friday, the Turkish army said.',
    'The Marmot Brigade attacked the Zebra Liberation Front near the village, and the Quokka Legion condemned the Marmot Brigade.',
    'Pentagon spokesman Peter Cook said Ankara and Washington agreed to share intelligence. Cook added that talks would resume.',
  ].join('\n'),
);
const group = (id: string, aliases: string[]) => ({ id, name: aliases[0], aliases, kind: 'militia', country: 'SYR', cameo: 'SYRUAF', caseSensitive: [], note: 'made up for a test' });
const good = join(dir, 'zebra.json');
writeFileSync(good, JSON.stringify({ version: 1, groups: [group('ZEBRA_FRONT', ['Zebra Liberation Front'])] }));

test('a group from ENTENTE_ACTORS is found in articles', () => {
  const plain = entente(['extract', article]);
  assert.equal(plain.code, 0, plain.stderr);
  assert.ok(!JSON.parse(plain.stdout).actors.some((a: { id: string }) => a.id === 'ZEBRA_FRONT'));
  const r = entente(['extract', article], { ENTENTE_ACTORS: good });
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.ok(out.actors.some((a: { id: string }) => a.id === 'ZEBRA_FRONT'));
  assert.ok(out.mentions.some((m: { actor: { id: string }; rule: string }) => m.actor.id === 'ZEBRA_FRONT' && m.rule.includes('zebra.json#ZEBRA_FRONT')));
});

test('a malformed catalogue file stops start-up, naming the file, the entry and the field', () => {
  const bad = join(dir, 'bad-groups.json');
  writeFileSync(bad, JSON.stringify({ version: 1, groups: [group('OK_GROUP', ['Okay Group']), { ...group('BAD_GROUP', ['Bad Group']), aliases: 'Bad Group' }] }));
  const r = entente(['extract', article], { ENTENTE_ACTORS: bad });
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /bad-groups\.json/);
  assert.match(r.stderr, /groups entry 1 \(id "BAD_GROUP", name "Bad Group"\)/);
  assert.match(r.stderr, /field "aliases"/);
});

test('an edited bundled catalogue file is validated again at start-up and a bad entry named', () => {
  // A copy of the data directory with one group broken: its content hash has never passed the schema.
  const data = join(dir, 'data');
  cpSync(dataPath(''), data, { recursive: true });
  const groupsPath = join(data, 'actors', 'groups.json');
  const groups = JSON.parse(readFileSync(groupsPath, 'utf8'));
  groups.groups[3].aliases = 'not a list';
  writeFileSync(groupsPath, JSON.stringify(groups, null, 2));
  const r = entente(['extract', article], { ENTENTE_DATA_DIR: data });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /groups\.json/);
  assert.match(r.stderr, new RegExp(`groups entry 3 \\(id "${groups.groups[3].id}"`));
  assert.match(r.stderr, /field "aliases"/);
});

test('an alias two entries claim is warned about on stderr at start-up', () => {
  const clash = join(dir, 'clash.json');
  writeFileSync(clash, JSON.stringify({ version: 1, groups: [group('DAMASCUS_LEGION', ['Damascus Legion', 'Damascus'])] }));
  const r = entente(['extract', article], { ENTENTE_ACTORS: clash });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /alias "damascus" is claimed by SYR \(data\/actors\/states\.json\) and DAMASCUS_LEGION \(.*clash\.json\); SYR is used/);
  const info = entente(['actors'], { ENTENTE_ACTORS: clash });
  assert.match(info.stdout, /your groups: .*clash\.json/);
  assert.match(info.stdout, /duplicate alias "damascus": SYR/);
  // With coding workers, the warning comes once, not once per worker.
  const workers = entente(['extract', article, '--workers', '2'], { ENTENTE_ACTORS: clash });
  assert.equal(workers.code, 0, workers.stderr);
  assert.equal(workers.stderr.match(/alias "damascus" is claimed by/g)?.length, 1, workers.stderr);
});

test('entente actors --unknown lists names acting in events that match nothing', () => {
  const r = entente(['actors', '--unknown', article]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Marmot Brigade/);
  assert.match(r.stdout, /Quokka Legion/);
  assert.match(r.stdout, /Zebra Liberation Front/);
  const lines = r.stdout.trim().split('\n');
  const listed = entente(['actors', '--unknown', article, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l).name);
  assert.deepEqual(listed.filter((n: string) => /Turkish|Ankara|Peter|Cook|Friday|Fighters/.test(n)), []);
  const marmot = lines.find((l) => l.includes('Marmot Brigade'))!;
  assert.match(marmot, /^\s+2\s/, 'counted twice, as subject and object');
  assert.match(marmot, /clash: /);
  const known = entente(['actors', '--unknown', article, '--format', 'jsonl'], { ENTENTE_ACTORS: good });
  const names = known.stdout.trim().split('\n').map((l) => JSON.parse(l).name);
  assert.ok(!names.includes('Zebra Liberation Front'));
  assert.ok(names.includes('Marmot Brigade'));
});

test('entente explain prints each sentence with its mentions, rules and events', () => {
  const r = entente(['explain', article, 'clash']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /■ clash/);
  assert.match(r.stdout, /actor\s+«Ankara» → TUR\/GOV\s+\[capital\]\s+rule: alias:world-countries:TUR/);
  assert.match(r.stdout, /actor\s+«Peter Cook» → Peter Cook for USA\/GOV\s+\[person\]\s+rule: role-noun\+name\+affiliation-before-title/);
  assert.match(r.stdout, /actor\s+«Cook» → Peter Cook for USA\/GOV\s+\[reference\]\s+rule: coref:surname/);
  assert.match(r.stdout, /event\s+\S+ → \S+\s+\d{3,4} occurred.*trigger «[^»]+»\s+rule: \S+/);
  const missing = entente(['explain', article, 'nope']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no article "nope" in .*clash\.txt \(it has: clash\)/);
});
