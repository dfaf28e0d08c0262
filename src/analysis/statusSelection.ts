// Which statuses count toward cooperation and conflict. By default only what occurred: a planned,
// speculated or denied strike is kept visible beside the counts, but does not move them.
import type { EventStatus } from '../core/types.ts';

export const STATUSES: readonly EventStatus[] = ['occurred', 'future', 'hypothetical', 'negated'];
export const DEFAULT_STATUSES: readonly EventStatus[] = ['occurred'];

/** A comma list of statuses ("occurred,future"), or "all". Throws a RangeError naming what is wrong. */
export function parseStatuses(value: string): EventStatus[] {
  if (value.trim() === 'all') return [...STATUSES];
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = parts.filter((p) => !STATUSES.includes(p as EventStatus));
  if (!parts.length || bad.length) throw new RangeError(`statuses must be "all" or a comma list of ${STATUSES.join(', ')} (got "${value}")`);
  return STATUSES.filter((s) => parts.includes(s));
}
