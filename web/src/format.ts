// How codes read in the UI.
import type { StoredEvent } from './api.ts';

export const QUADS: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const STATUS_HELP: Record<string, string> = {
  occurred: 'reported as having happened',
  future: 'planned or announced, not yet happened',
  hypothetical: 'possible, speculated or conditional',
  negated: 'reported as not having happened',
};

export const MENTION_KINDS: Record<string, string> = {
  name: 'named',
  demonym: 'demonym (a nationality adjective) standing for the actor',
  capital: 'capital city standing for its government (metonymy)',
  alias: 'alias or short name',
  person: 'a person, acting for the actor they are affiliated with',
  reference: 'a reference back to an earlier mention',
};

export function actorLabel(id: string | null, role?: string | null): string {
  if (!id) return '—';
  return role ? `${id}/${role}` : id;
}

export function sourceLabel(e: StoredEvent): string {
  return actorLabel(e.sourceId, e.sourceRole);
}

export function targetLabel(e: StoredEvent): string {
  return actorLabel(e.targetId, e.targetRole);
}

export function goldsteinText(g: number | null): string {
  if (g === null) return '—';
  return `${g > 0 ? '+' : ''}${g.toFixed(1)}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}
