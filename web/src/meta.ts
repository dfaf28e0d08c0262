// The server's /api/meta (code names, filter choices, counts), fetched once and shared with every view.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Meta } from './api.ts';

export const MetaContext = createContext<Meta | undefined>(undefined);

export function useMeta(): Meta | undefined {
  return useContext(MetaContext);
}

export function cameoName(meta: Meta | undefined, code: string): string {
  return meta?.cameo.names[code] ?? '';
}
