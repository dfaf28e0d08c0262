// The command line: `entente <command> [options]`. Each command lives in its own file.
import { extractCommand } from './extractCommand.ts';
import { ingestCommand } from './ingestCommand.ts';
import { eventsCommand } from './eventsCommand.ts';
import { benchCommand } from './benchCommand.ts';
import { UsageError } from './args.ts';

const HELP = `entente — political event data from news

Usage:
  entente extract <inputs>... [--format jsonl|table]       code articles, print results (stateless)
  entente ingest <inputs>... [--db FILE|URL] [--batch N]   code articles and store them
  entente events [--db FILE|URL] [--actor ID] [--dyad A:B] [--since DATE] [--until DATE]
                 [--root NN] [--status S] [--limit N] [--format table|jsonl|csv]
  entente bench [--articles N]                             articles/s and peak memory of extract

Inputs: .txt files, .html files, .jsonl files ({id, text, title?, published?, outlet?, url?}) and directories.
The store is SQLite by default (entente.db); --db postgres://… or ENTENTE_DB selects PostgreSQL.`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  extract: extractCommand,
  ingest: ingestCommand,
  events: eventsCommand,
  bench: benchCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    console.log(HELP);
    return cmd ? 0 : 2;
  }
  const run = COMMANDS[cmd];
  if (!run) {
    console.error(`entente: unknown command "${cmd}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`entente ${cmd}: ${e.message}`);
      return 2;
    }
    console.error(`entente ${cmd}: ${(e as Error).message}`);
    return 1;
  }
}
