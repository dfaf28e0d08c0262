// The alignment network drawn with sigma over a graphology graph: node size by events, colour by actor type;
// edges green (aligned, mean Goldstein > 0) or red (hostile), width by events, labelled. Clicking a node or an
// edge selects it. Sigma needs WebGL: without it, the view's table carries the same edges.
import { useEffect, useRef, useState } from 'preact/hooks';
import Graph from 'graphology';
import Sigma from 'sigma';
import type { Network } from '../api.ts';
import type { Positions } from './layout.ts';

export const TYPE_COLOURS: Record<string, string> = { state: '#2b6cb0', group: '#dd6b20', igo: '#6b46c1', person: '#718096' };
export const SIGN_COLOURS = { 1: '#2f855a', [-1]: '#c53030', 0: '#a0aec0' } as Record<number, string>;

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; source: string; target: string } | null;

export function NetworkGraph({ network, positions, selection, onSelect }: { network: Network; positions: Positions; selection: Selection; onSelect(s: Selection): void }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const graph = new Graph({ type: 'undirected', multi: false });
    const maxEvents = Math.max(1, ...network.nodes.map((n) => n.events));
    for (const n of network.nodes) {
      const p = positions.get(n.id) ?? { x: Math.random(), y: Math.random() };
      const focused = selection?.kind === 'node' ? selection.id === n.id : selection?.kind === 'edge' ? selection.source === n.id || selection.target === n.id : true;
      graph.addNode(n.id, {
        x: p.x,
        y: p.y,
        size: 5 + 14 * Math.sqrt(n.events / maxEvents),
        label: `${n.id}`,
        color: TYPE_COLOURS[n.type] ?? '#4a5568',
        highlighted: selection !== null && focused,
      });
    }
    for (const e of network.edges) {
      if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
      const on =
        selection === null ||
        (selection.kind === 'node' && (e.source === selection.id || e.target === selection.id)) ||
        (selection.kind === 'edge' && e.source === selection.source && e.target === selection.target);
      graph.addUndirectedEdgeWithKey(`${e.source}|${e.target}`, e.source, e.target, {
        size: 1 + 2 * Math.log2(1 + e.events),
        color: on ? SIGN_COLOURS[e.sign] : '#e2e8f0',
        label: on ? e.label : '',
      });
    }
    let renderer: Sigma | undefined;
    try {
      renderer = new Sigma(graph, el, {
        renderEdgeLabels: true,
        enableEdgeEvents: true,
        labelRenderedSizeThreshold: 0,
        labelDensity: 10,
        labelGridCellSize: 30,
        labelSize: 13,
        labelWeight: '600',
        edgeLabelSize: 12,
        edgeLabelColor: { color: '#1a202c' },
        defaultEdgeType: 'line',
        zIndex: true,
        allowInvalidContainer: true,
      });
      // The frame is that of the whole record's layout, so actors keep their places from period to period.
      const all = [...positions.values()];
      if (all.length) {
        renderer.setCustomBBox({
          x: [Math.min(...all.map((p) => p.x)), Math.max(...all.map((p) => p.x))],
          y: [Math.min(...all.map((p) => p.y)), Math.max(...all.map((p) => p.y))],
        });
        renderer.refresh();
      }
      setFailed(null);
    } catch (e) {
      setFailed((e as Error).message);
      return;
    }
    renderer.on('clickNode', ({ node }) => select.current({ kind: 'node', id: node }));
    renderer.on('clickEdge', ({ edge }) => {
      const [source, target] = edge.split('|');
      select.current({ kind: 'edge', source, target });
    });
    renderer.on('clickStage', () => select.current(null));
    renderer.on('enterEdge', () => (el.style.cursor = 'pointer'));
    renderer.on('leaveEdge', () => (el.style.cursor = ''));
    renderer.on('enterNode', () => (el.style.cursor = 'pointer'));
    renderer.on('leaveNode', () => (el.style.cursor = ''));
    return () => renderer?.kill();
  }, [network, positions, selection]);

  return (
    <div class="graph-wrap">
      <div
        class="graph"
        ref={box}
        role="img"
        aria-label={`Alignment network: ${network.nodes.length} actors, ${network.edges.length} pairs. The table beside it lists the same pairs.`}
      />
      {failed && (
        <p class="state error" role="alert">
          The graph cannot be drawn in this browser ({failed}); the table lists the same pairs.
        </p>
      )}
    </div>
  );
}
