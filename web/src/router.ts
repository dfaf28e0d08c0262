// Hash routing: #/events?actor=TUR&root=19. The view and its filters live in the URL, so the back button,
// reloads and shared links all work.
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  /** The path after '#', such as /events or /articles/sample-01. */
  path: string;
  params: URLSearchParams;
}

function current(): Location {
  const hash = window.location.hash.replace(/^#/, '') || '/articles';
  const [path, query = ''] = hash.split('?');
  return { path: path || '/articles', params: new URLSearchParams(query) };
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const on = () => setLoc(current());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return loc;
}

/** A link target: path plus the parameters that are set. */
export function href(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

export function navigate(path: string, params: Record<string, string | number | undefined | null> = {}, replace = false): void {
  const target = href(path, params);
  if (replace) window.history.replaceState(null, '', target);
  else window.location.hash = target.slice(1);
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The URL's parameters as a plain object. */
export function paramsObject(p: URLSearchParams): Record<string, string> {
  return Object.fromEntries(p.entries());
}
