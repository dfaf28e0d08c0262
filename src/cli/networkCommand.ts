// `entente network [--from DATE] [--to DATE] [--status S,…|all] [--format table|json|gexf|graphml] [--out FILE]`:
// the alignment network of a period — who cooperates with whom, against whom, and how balanced it is.
import { alignmentNetworkFromStore } from '../analysis/alignmentNetwork.ts';
import { dateInterval } from '../analysis/dateInterval.ts';
import { isDateBound } from '../analysis/periods.ts';
import { exportNetwork } from '../export/exporter.ts';
import { isClosedPipe, openOutput } from '../export/output.ts';
import { LineWriter } from '../export/lineWriter.ts';
import { networkTable } from '../export/storyTable.ts';
import { openStore } from '../store/openStore.ts';
import { oneOf, parse, UsageError } from './args.ts';
import { statusList } from './dyadCommand.ts';

export async function networkCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    status: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = oneOf('format', values.format, ['table', 'json', 'gexf', 'graphml'] as const, 'table');
  const { from, to } = period(values.from, values.to);
  const statuses = values.status === undefined ? undefined : statusList(values.status);
  const store = await openStore(values.db, { scan: true });
  const out = openOutput(values.out);
  try {
    if (format === 'gexf' || format === 'graphml') await exportNetwork(store, format, { from, to, statuses }, out);
    else {
      const net = await alignmentNetworkFromStore(store, { from, to, statuses });
      const w = new LineWriter(out);
      await w.write(format === 'json' ? `${JSON.stringify(net, null, 2)}\n` : networkTable(net));
      await w.end();
    }
  } catch (e) {
    if (!isClosedPipe(e)) throw e;
  } finally {
    await store.close();
  }
  return 0;
}

/** --from and --to as dates (2017, 2017-01, 2017-01-15), from not after to. */
export function period(from: string | undefined, to: string | undefined, names = ['from', 'to']): { from?: string; to?: string } {
  for (const [name, v] of [
    [names[0], from],
    [names[1], to],
  ] as const) {
    if (v !== undefined && !isDateBound(v)) throw new UsageError(`--${name} must be a date such as 2017, 2017-01 or 2017-01-15 (got "${v}")`);
  }
  if (from && to && dateInterval(from)!.first > dateInterval(to)!.last) throw new UsageError(`--${names[0]} ${from} is after --${names[1]} ${to}`);
  return { from, to };
}
