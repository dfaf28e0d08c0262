// What every row exporter is: an optional head, then rows for each batch of items (events or stories).
// A batch lets an exporter look up what its rows need in one query per batch, never one per row.
export interface RowFormat<T> {
  /** Written once, before the rows (a header line). */
  head?: string;
  /** One line (ending in \n) per item, or null to leave an item out (and count it as skipped). */
  rows(batch: T[]): Promise<Array<string | null>> | Array<string | null>;
}
