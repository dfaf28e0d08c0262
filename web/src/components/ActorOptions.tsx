// One <datalist> of the actors events name, for every actor field of a view to suggest from.
import type { ActorSummary } from '../api.ts';
import { useApi } from '../useApi.ts';

export const ACTOR_LIST_ID = 'actor-options';

export function ActorOptions() {
  const res = useApi<{ items: ActorSummary[] }>('/actors', { limit: 1000 });
  return (
    <datalist id={ACTOR_LIST_ID}>
      {res.data?.items.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name} ({a.events})
        </option>
      ))}
    </datalist>
  );
}
