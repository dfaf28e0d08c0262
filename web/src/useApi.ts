// Data for a view from one API call, refetched when the call's key changes; stale answers are dropped.
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, getJson, type Query } from './api.ts';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiFailure | undefined;
  loading: boolean;
}

export function useApi<T>(path: string | null, query: Query = {}): ApiState<T> & { reload(): void } {
  const key = path === null ? null : `${path}?${JSON.stringify(query)}`;
  // The key the state answers: while it differs from the current key, the data shown is the previous answer.
  const [state, setState] = useState<ApiState<T> & { key: string | null }>({ data: undefined, error: undefined, loading: path !== null, key: null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) {
      setState({ data: undefined, error: undefined, loading: false, key });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: undefined, loading: true, key: s.key }));
    getJson<T>(path, query, ctl.signal).then(
      (data) => setState({ data, error: undefined, loading: false, key }),
      (e: Error) => {
        if (e.name === 'AbortError') return;
        setState({ data: undefined, error: e instanceof ApiFailure ? e : new ApiFailure(0, { code: 'client', message: e.message, field: null }), loading: false, key });
      },
    );
    return () => ctl.abort();
  }, [key, tick]);
  const { key: answered, ...rest } = state;
  return { ...rest, loading: rest.loading || answered !== key, reload: () => setTick((t) => t + 1) };
}
