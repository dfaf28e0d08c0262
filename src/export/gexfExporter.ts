// GEXF 1.3 for Gephi: the alignment network, undirected; edge weight = cooperation − conflict (signed),
// with the counts, sign and common adversaries as attributes. Written element by element.
import type { AlignmentNetwork } from '../analysis/alignmentNetwork.ts';
import type { LineWriter } from './lineWriter.ts';
import { xmlText } from './xmlText.ts';

const NODE_ATTRIBUTES = [
  ['type', 'string'],
  ['cooperation', 'integer'],
  ['conflict', 'integer'],
  ['degree', 'integer'],
] as const;

const EDGE_ATTRIBUTES = [
  ['cooperation', 'integer'],
  ['conflict', 'integer'],
  ['sign', 'integer'],
  ['goldsteinSum', 'double'],
  ['uncounted', 'integer'],
  ['against', 'string'],
] as const;

export async function writeGexf(net: AlignmentNetwork, w: LineWriter): Promise<void> {
  await w.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      `  <meta><creator>Entente</creator><description>${xmlText(describe(net))}</description></meta>\n` +
      '  <graph mode="static" defaultedgetype="undirected">\n',
  );
  await w.write(attributes('node', NODE_ATTRIBUTES) + attributes('edge', EDGE_ATTRIBUTES));
  await w.write('    <nodes>\n');
  for (const n of net.nodes) {
    const values = { type: n.type, cooperation: n.cooperation, conflict: n.conflict, degree: n.degree };
    await w.write(`      <node id="${xmlText(n.id)}" label="${xmlText(n.name)}">${attvalues(values)}</node>\n`);
  }
  await w.write('    </nodes>\n    <edges>\n');
  for (const e of net.edges) {
    await w.write(
      `      <edge id="${xmlText(`${e.source}|${e.target}`)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" weight="${e.weight}">${attvalues(edgeValues(e))}</edge>\n`,
    );
  }
  await w.write('    </edges>\n  </graph>\n</gexf>\n');
}

/** An edge's attributes besides its weight, in the order both graph formats write them. */
export function edgeValues(e: AlignmentNetwork['edges'][number]): Record<string, string | number> {
  return {
    cooperation: e.cooperation,
    conflict: e.conflict,
    sign: e.sign,
    goldsteinSum: e.goldsteinSum,
    uncounted: e.uncounted,
    against: e.against.map((a) => a.id).join(','),
  };
}

export function describe(net: AlignmentNetwork): string {
  return `Entente alignment network, ${net.from ?? 'start'} to ${net.to ?? 'end'}, statuses ${net.statuses.join(',')}`;
}

function attributes(cls: 'node' | 'edge', list: ReadonlyArray<readonly [string, string]>): string {
  const lines = list.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>\n`).join('');
  return `    <attributes class="${cls}" mode="static">\n${lines}    </attributes>\n`;
}

function attvalues(values: Record<string, string | number>): string {
  const items = Object.entries(values).map(([k, v]) => `<attvalue for="${k}" value="${xmlText(v)}"/>`);
  return `<attvalues>${items.join('')}</attvalues>`;
}
