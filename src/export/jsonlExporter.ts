// JSON Lines: one event (or story) per line, every field as the store returns it.
import type { RowFormat } from './rowFormat.ts';

export function jsonlFormat<T>(): RowFormat<T> {
  return { rows: (batch) => batch.map((x) => `${JSON.stringify(x)}\n`) };
}
