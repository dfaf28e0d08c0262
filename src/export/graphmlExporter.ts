// GraphML for Gephi, yEd, networkx and igraph: the alignment network, undirected; the edge `weight` is
// cooperation − conflict (signed), with counts, sign and common adversaries as further data. Written
// element by element.
import type { AlignmentNetwork } from '../analysis/alignmentNetwork.ts';
import { describe, edgeValues } from './gexfExporter.ts';
import type { LineWriter } from './lineWriter.ts';
import { xmlText } from './xmlText.ts';

const KEYS = [
  ['label', 'node', 'label', 'string'],
  ['type', 'node', 'type', 'string'],
  ['n_cooperation', 'node', 'cooperation', 'int'],
  ['n_conflict', 'node', 'conflict', 'int'],
  ['degree', 'node', 'degree', 'int'],
  ['weight', 'edge', 'weight', 'double'],
  ['cooperation', 'edge', 'cooperation', 'int'],
  ['conflict', 'edge', 'conflict', 'int'],
  ['sign', 'edge', 'sign', 'int'],
  ['goldsteinSum', 'edge', 'goldsteinSum', 'double'],
  ['uncounted', 'edge', 'uncounted', 'int'],
  ['against', 'edge', 'against', 'string'],
] as const;

export async function writeGraphml(net: AlignmentNetwork, w: LineWriter): Promise<void> {
  await w.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      `  <!-- ${xmlText(describe(net)).replace(/--/g, '- -')} -->\n` +
      KEYS.map(([id, target, name, type]) => `  <key id="${id}" for="${target}" attr.name="${name}" attr.type="${type}"/>\n`).join('') +
      '  <graph id="entente" edgedefault="undirected">\n',
  );
  for (const n of net.nodes) {
    await w.write(`    <node id="${xmlText(n.id)}">${data({ label: n.name, type: n.type, n_cooperation: n.cooperation, n_conflict: n.conflict, degree: n.degree })}</node>\n`);
  }
  for (const e of net.edges) {
    await w.write(`    <edge id="${xmlText(`${e.source}|${e.target}`)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${data({ weight: e.weight, ...edgeValues(e) })}</edge>\n`);
  }
  await w.write('  </graph>\n</graphml>\n');
}

function data(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => `<data key="${k}">${xmlText(v)}</data>`)
    .join('');
}
