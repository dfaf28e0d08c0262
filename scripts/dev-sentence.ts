// Development aid: codes one sentence and prints its mentions, places and events with their rules.
// Usage: node --import tsx scripts/dev-sentence.ts "Sentence text." [published]
import { loadResources } from '../src/core/resources.ts';
import { buildArticle, processArticle } from '../src/core/pipeline.ts';

const [text, published = '2000-01-01'] = process.argv.slice(2);
const r = loadResources();
const res = processArticle(buildArticle({ id: 'dev', text, published }, r), r);
for (const m of res.mentions) console.log('mention', JSON.stringify(m.text), m.actor.id, m.actor.role ?? '', m.affiliation ? `aff=${m.affiliation.id}/${m.affiliation.role ?? ''}` : '', m.kind, m.rule);
for (const p of res.places) console.log('place', p.text, p.country, p.rule);
for (const e of res.events) console.log('event', e.source.id, '->', e.target?.id ?? '-', e.cameo, e.plover?.type, e.status, e.statusCue ?? '', '|', e.evidence.text, '|', e.evidence.rule, '| attr', e.attribution?.id ?? '');
