// The alignment network of a period: actors as nodes; between two actors an undirected edge whose
// weight is their cooperative stories minus their conflictual ones (sign: ally +, adversary −), labelled
// with the third parties both act against; its triangles checked for structural balance.
//
// Counted: stories of the chosen statuses (default occurred) whose date lies wholly in the period.
// Common adversaries come from stories of any status (each label says whether it rests on something
// that occurred): C is a common adversary of A and B when
//   - 'shared-target': A and B each have a conflict story (QuadClass 3–4) towards C in the period;
//   - 'evidence' / 'co-mention': their cooperation is reported "against C" (adversaryFinder.ts).
import type { EventStatus } from '../core/types.ts';
import type { Store } from '../store/store.ts';
import { AgainstFinder, type AdversaryBasis, type AgainstFinding, type CooperationReport } from './adversaryFinder.ts';
import { round } from './cooperationIndex.ts';
import { dateInterval, within, type DayInterval } from './dateInterval.ts';
import { boundsInterval } from './periods.ts';
import { compareText, type MergeOptions } from './reportMerger.ts';
import { DEFAULT_STATUSES } from './statusSelection.ts';
import { dyadKey, sideOf, type Story } from './story.ts';
import { streamStories } from './storySource.ts';
import { balance, sharedEnemies, triads, type Balance, type SharedEnemy, type Triad } from './structuralBalance.ts';

export interface NetworkOptions {
  /** First period included (2017, 2017-01, 2017-01-15); open when absent. */
  from?: string;
  /** Last period included; open when absent. */
  to?: string;
  statuses?: readonly EventStatus[];
  /** List the story ids behind each edge and label (default true; exports of big stores turn it off). */
  keepStories?: boolean;
  merge?: MergeOptions;
}

export interface NetworkNode {
  id: string;
  name: string;
  type: string;
  cooperation: number;
  conflict: number;
  degree: number;
}

export interface Adversary {
  id: string;
  name: string;
  basis: AdversaryBasis[];
  /** Whether something that occurred supports it (not only plans or speculation). */
  occurred: boolean;
  stories: string[];
}

export interface NetworkEdge {
  /** The two actors, in id order. */
  source: string;
  target: string;
  cooperation: number;
  conflict: number;
  /** cooperation − conflict. */
  weight: number;
  sign: number;
  goldsteinSum: number;
  /** Stories of statuses not counted (planned, speculated, denied) between the two. */
  uncounted: number;
  stories: string[];
  /** Common adversaries: the third parties both act against. */
  against: Adversary[];
}

export interface AlignmentNetwork {
  from: string | null;
  to: string | null;
  statuses: EventStatus[];
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  triads: Triad[];
  sharedEnemies: SharedEnemy[];
  balance: Balance;
}

/** Accumulates stories into a network; `finish` builds it. Holds per-dyad counts, not the stories. */
export class NetworkBuilder {
  private readonly period: DayInterval;
  private readonly bounded: boolean;
  private readonly statuses: Set<EventStatus>;
  private readonly keepStories: boolean;
  private readonly actors = new Map<string, { name: string; type: string }>();
  private readonly edges = new Map<string, NetworkEdge>();
  /** Conflict stories by actor, then target: for shared targets. */
  private readonly hostile = new Map<string, Map<string, { name: string; occurred: boolean; stories: string[] }>>();
  private readonly labels = new Map<string, Map<string, Adversary>>();

  constructor(readonly opts: NetworkOptions = {}) {
    this.period = boundsInterval(opts.from, opts.to);
    this.bounded = Boolean(opts.from || opts.to);
    this.statuses = new Set(opts.statuses ?? DEFAULT_STATUSES);
    this.keepStories = opts.keepStories ?? true;
  }

  /** Whether a story falls in the network's period. */
  inPeriod(s: Story): boolean {
    if (!this.bounded) return true;
    const i = dateInterval(s.date, s.datePrecision);
    return i !== null && within(i, this.period);
  }

  /** Adds a story of the period; returns false (and ignores it) when it is outside the period. */
  add(s: Story): boolean {
    if (!this.inPeriod(s)) return false;
    const target = s.target;
    if (!target || target.id === s.source.id) return true;
    const side = sideOf(s.quad);
    if (side === 'conflict') this.noteHostile(s);
    this.actors.set(s.source.id, { name: s.source.name, type: s.source.type });
    this.actors.set(target.id, { name: target.name, type: target.type });
    const key = dyadKey(s.source.id, target.id);
    let e = this.edges.get(key);
    if (!e) {
      const [a, b] = key.split('|');
      e = { source: a, target: b, cooperation: 0, conflict: 0, weight: 0, sign: 0, goldsteinSum: 0, uncounted: 0, stories: [], against: [] };
      this.edges.set(key, e);
    }
    if (!this.statuses.has(s.status)) {
      e.uncounted++;
      return true;
    }
    if (!side) return true;
    e[side]++;
    e.weight = e.cooperation - e.conflict;
    e.sign = Math.sign(e.weight);
    if (s.goldstein !== null) e.goldsteinSum = round(e.goldsteinSum + s.goldstein);
    if (this.keepStories) e.stories.push(s.id);
    return true;
  }

  /** The cooperative reports of a story, to search for "against" (any status: a planned joint operation says whom it is against). */
  cooperationReports(s: Story): CooperationReport[] {
    if (!s.target || s.target.id === s.source.id || sideOf(s.quad) !== 'cooperation') return [];
    return s.reports.map((r) => ({
      storyId: s.id,
      status: s.status,
      a: s.source.id,
      b: s.target!.id,
      articleId: r.articleId,
      sentence: r.evidence.sentence,
      evidenceStart: r.evidence.start,
      evidenceEnd: r.evidence.end,
    }));
  }

  addFinding(f: AgainstFinding): void {
    this.label(dyadKey(f.a, f.b), f.adversary, f.basis, f.status === 'occurred', f.storyId);
  }

  finish(): AlignmentNetwork {
    // Shared targets: for each edge, the targets both of its actors have conflict stories towards.
    for (const [key] of this.edges) {
      const [a, b] = key.split('|');
      const ha = this.hostile.get(a);
      const hb = this.hostile.get(b);
      if (!ha || !hb) continue;
      for (const [c, x] of ha) {
        const y = hb.get(c);
        if (!y || c === a || c === b) continue;
        const label = this.label(key, { id: c, name: x.name }, 'shared-target', x.occurred && y.occurred);
        if (this.keepStories) label.stories = unique([...label.stories, ...x.stories, ...y.stories]);
      }
    }
    const edges = [...this.edges.values()].filter((e) => e.cooperation + e.conflict > 0);
    for (const e of edges) {
      const labels = this.labels.get(dyadKey(e.source, e.target));
      e.against = labels ? [...labels.values()].sort((x, y) => compareText(x.id, y.id)) : [];
      e.stories.sort(compareText);
    }
    edges.sort((x, y) => compareText(x.source, y.source) || compareText(x.target, y.target));
    const nodes = new Map<string, NetworkNode>();
    for (const e of edges) {
      for (const id of [e.source, e.target]) {
        const actor = this.actors.get(id) ?? { name: id, type: 'state' };
        const n = nodes.get(id) ?? { id, name: actor.name, type: actor.type, cooperation: 0, conflict: 0, degree: 0 };
        n.cooperation += e.cooperation;
        n.conflict += e.conflict;
        n.degree++;
        nodes.set(id, n);
      }
    }
    const found = triads(edges);
    return {
      from: this.opts.from ?? null,
      to: this.opts.to ?? null,
      statuses: [...this.statuses],
      nodes: [...nodes.values()].sort((x, y) => compareText(x.id, y.id)),
      edges,
      triads: found,
      sharedEnemies: sharedEnemies(found),
      balance: balance(found),
    };
  }

  private noteHostile(s: Story): void {
    const target = s.target!;
    let byTarget = this.hostile.get(s.source.id);
    if (!byTarget) this.hostile.set(s.source.id, (byTarget = new Map()));
    const h = byTarget.get(target.id) ?? { name: target.name, occurred: false, stories: [] };
    h.occurred ||= s.status === 'occurred';
    if (this.keepStories) h.stories.push(s.id);
    byTarget.set(target.id, h);
  }

  private label(key: string, who: { id: string; name: string }, basis: AdversaryBasis, occurred: boolean, storyId?: string): Adversary {
    let byId = this.labels.get(key);
    if (!byId) this.labels.set(key, (byId = new Map()));
    const label = byId.get(who.id) ?? { id: who.id, name: who.name, basis: [], occurred: false, stories: [] };
    if (!label.basis.includes(basis)) label.basis.push(basis);
    label.occurred ||= occurred;
    if (storyId && this.keepStories && !label.stories.includes(storyId)) label.stories.push(storyId);
    byId.set(who.id, label);
    return label;
  }
}

/** The network of stories already at hand (no "against" search: that needs the store's texts). */
export function alignmentNetwork(stories: Iterable<Story>, opts: NetworkOptions = {}): AlignmentNetwork {
  const builder = new NetworkBuilder(opts);
  for (const s of stories) builder.add(s);
  return builder.finish();
}

/** The network of a period over the store: stories streamed, "against" searched in batches of articles. */
export async function alignmentNetworkFromStore(store: Store, opts: NetworkOptions = {}): Promise<AlignmentNetwork> {
  const builder = new NetworkBuilder(opts);
  const finder = new AgainstFinder(store, (f) => builder.addFinding(f));
  // The store is read by whole years around the period so stories at its edges are whole; the
  // builder keeps those lying wholly within it.
  const q = { since: opts.from ? opts.from.slice(0, 4) : undefined, until: opts.to ? opts.to.slice(0, 4) : undefined };
  for await (const s of streamStories(store, q, opts.merge)) {
    if (!builder.add(s)) continue;
    for (const r of builder.cooperationReports(s)) await finder.add(r);
  }
  await finder.flush();
  return builder.finish();
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)].sort(compareText);
}
