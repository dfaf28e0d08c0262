// Shape of the event-coding table cases (test/events/eventCoding.test.ts). Every sentence in the tables is
// written by the Entente team for this test; none is taken or paraphrased from news or benchmark text.
import type { EventStatus } from '../../../src/core/types.ts';

/** One event the sentence must yield. */
export interface Expect {
  /** Catalogue id of the acting actor (a person counts as their affiliation). */
  source: string;
  /** Catalogue id of the target, or null when the event has none. */
  target: string | null;
  /** Two-digit CAMEO root; several where CAMEO itself is ambiguous for the sentence. */
  root: string | string[];
  status: EventStatus;
}

export type Category =
  | `root-${'01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12' | '13' | '14' | '15' | '16' | '17' | '18' | '19' | '20'}`
  | 'passive'
  | 'compound'
  | 'against'
  | 'possessive'
  | 'nominal'
  | 'light-verb'
  | 'modality-may'
  | 'modality-would'
  | 'modality-will'
  | 'modality-plan'
  | 'modality-vow'
  | 'modality-expected'
  | 'modality-possibility'
  | 'modality-conditional'
  | 'modality-question'
  | 'modality-negation'
  | 'scope-out'
  | 'reported'
  | 'complement'
  | 'domestic'
  | 'obligation'
  | 'no-event';

export interface Case {
  text: string;
  published: string;
  /** Events that must be among those produced. Empty for 'no-event'. */
  expect: Expect[];
  category: Category;
  /** Every produced event must match one of `expect` (no extra events). */
  exact?: boolean;
  /** The current coder fails this case: why, in a few words. The test runs and reports but does not fail CI. */
  todo?: string;
  /** Why the expectation is what it is, where that is not obvious. */
  note?: string;
}

/** The publication date every case is read against (people's roles are resolved by it). */
export const PUBLISHED = '2016-05-10';

export const ev = (source: string, target: string | null, root: string | string[], status: EventStatus = 'occurred'): Expect => ({
  source,
  target,
  root,
  status,
});
