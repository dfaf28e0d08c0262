// "Against whom": third parties named after "against" where a dyad's cooperation is reported
// ("joint operations against Kurdish militants including the PKK and PJAK"). Read from the stored
// article text and actor mentions:
//   - 'evidence': in the sentence of a cooperative report of A and B;
//   - 'co-mention': in another sentence of the same article that names both A and B (people count for
//     the actor they belong to).
// The third party must be a state, group or organisation other than A and B, named in the phrase that
// "against" opens, at most WINDOW characters on: the phrase ends at a sentence or clause boundary, a
// comma that does not continue a list, a relative pronoun or verb ("…enemy, one which is backed by the
// United States"), or a preposition of place ("against IS targets in Syria").
import type { EventStatus } from '../core/types.ts';
import type { Store, StoredMention } from '../store/store.ts';

export type AdversaryBasis = 'shared-target' | 'evidence' | 'co-mention';

/** A cooperative report of a dyad, whose article is searched for "against". */
export interface CooperationReport {
  storyId: string;
  status: EventStatus;
  a: string;
  b: string;
  articleId: string;
  sentence: number;
  evidenceStart: number;
  evidenceEnd: number;
}

export interface AgainstFinding {
  a: string;
  b: string;
  adversary: { id: string; name: string; type: string };
  basis: Exclude<AdversaryBasis, 'shared-target'>;
  storyId: string;
  status: EventStatus;
  articleId: string;
  sentence: number;
}

const WINDOW = 160;
const AGAINST = /\bagainst\b/gi;
/** Where the phrase "against" opens ends: punctuation (a full stop before a capital, but not the initials of "U.S. troops"; a comma not continuing a list)… */
const PHRASE_END = /[;:!?()\n]|(?<!(?:^|[\s.])[A-Z])\.\s+["“'‘(]?[A-Z]|,\s+(?!(?:and|or|as well as|including|such as|notably|especially|the|its|their)\b)(?=[a-z])/;
/** …or a word that starts another clause or a place. */
const PHRASE_END_WORD =
  /\b(?:which|who|whom|whose|that|one|is|are|was|were|be|been|has|have|had|will|would|could|may|might|can|should|must|said|says|say|but|while|whereas|although|though|because|so|after|before|when|since|if|until|in|on|at|from|near|across|inside|along|over|into|to|with|by)\b/i;
const PARTY_TYPES = new Set(['state', 'group', 'igo']);

/** Whether the text just before `at` says "against", within the same clause, not before `floor`. */
export function againstBefore(text: string, at: number, floor = 0): boolean {
  const from = Math.max(floor, at - WINDOW);
  const window = text.slice(from, at);
  let last = -1;
  for (const m of window.matchAll(AGAINST)) last = m.index! + m[0].length;
  if (last < 0) return false;
  const phrase = window.slice(last);
  return !PHRASE_END.test(phrase) && !PHRASE_END_WORD.test(phrase);
}

/** Findings in one article, for the cooperative reports of that article. */
export function findAgainst(text: string, mentions: readonly StoredMention[], reports: readonly CooperationReport[]): AgainstFinding[] {
  const bySentence = new Map<number, StoredMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const actorsOf = (sentence: number) => new Set((bySentence.get(sentence) ?? []).flatMap((m) => (m.actorType === 'person' ? (m.affiliationId ? [m.affiliationId] : []) : [m.actorId])));
  const out: AgainstFinding[] = [];
  const seen = new Set<string>();
  const push = (r: CooperationReport, m: StoredMention, basis: AgainstFinding['basis']) => {
    const key = `${r.storyId}\u0000${m.actorId}\u0000${basis}\u0000${m.sentence}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      a: r.a,
      b: r.b,
      adversary: { id: m.actorId, name: m.actorName, type: m.actorType },
      basis,
      storyId: r.storyId,
      status: r.status,
      articleId: r.articleId,
      sentence: m.sentence,
    });
  };
  const candidates = (sentence: number, r: CooperationReport) =>
    (bySentence.get(sentence) ?? []).filter((m) => PARTY_TYPES.has(m.actorType) && m.actorId !== r.a && m.actorId !== r.b);

  for (const r of reports) {
    for (const m of candidates(r.sentence, r)) {
      if (m.start >= r.evidenceStart && m.end <= r.evidenceEnd && againstBefore(text, m.start, r.evidenceStart)) push(r, m, 'evidence');
    }
    for (const sentence of bySentence.keys()) {
      if (sentence === r.sentence) continue;
      const named = actorsOf(sentence);
      if (!named.has(r.a) || !named.has(r.b)) continue;
      for (const m of candidates(sentence, r)) if (againstBefore(text, m.start)) push(r, m, 'co-mention');
    }
  }
  return out;
}

/**
 * Collects cooperative reports and searches their articles in batches: one query for the texts and one
 * for the mentions of each batch of articles, whatever the number of reports.
 */
export class AgainstFinder {
  private pending = new Map<string, CooperationReport[]>();

  constructor(
    private readonly store: Store,
    private readonly onFinding: (f: AgainstFinding) => void,
    private readonly batchArticles = 100,
  ) {}

  async add(r: CooperationReport): Promise<void> {
    const list = this.pending.get(r.articleId);
    if (list) list.push(r);
    else this.pending.set(r.articleId, [r]);
    if (this.pending.size >= this.batchArticles) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    const ids = [...batch.keys()];
    const [articles, mentions] = await Promise.all([this.store.getArticles(ids), this.store.queryMentions({ articleIds: ids })]);
    const mentionsOf = new Map<string, StoredMention[]>();
    for (const m of mentions) {
      const list = mentionsOf.get(m.articleId);
      if (list) list.push(m);
      else mentionsOf.set(m.articleId, [m]);
    }
    for (const a of articles) {
      for (const f of findAgainst(a.text, mentionsOf.get(a.id) ?? [], batch.get(a.id) ?? [])) this.onFinding(f);
    }
  }
}
