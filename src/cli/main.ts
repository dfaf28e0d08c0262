// The command line: `entente <command> [options]`. Each command lives in its own file.
import { extractCommand } from './extractCommand.ts';
import { ingestCommand } from './ingestCommand.ts';
import { eventsCommand } from './eventsCommand.ts';
import { benchCommand } from './benchCommand.ts';
import { storiesCommand } from './storiesCommand.ts';
import { dyadCommand } from './dyadCommand.ts';
import { networkCommand } from './networkCommand.ts';
import { shiftsCommand } from './shiftsCommand.ts';
import { exportCommand } from './exportCommand.ts';
import { serveCommand } from './serveCommand.ts';
import { actorsCommand } from './actorsCommand.ts';
import { explainCommand } from './explainCommand.ts';
import { UsageError } from './args.ts';

const HELP = `entente — political event data from news

Usage:
  entente extract <inputs>... [--format jsonl|table]       code articles, print results (stateless)
  entente ingest <inputs>... [--db FILE|URL] [--batch N]   code articles and store them
  entente events [--db FILE|URL] [--actor ID] [--dyad A:B] [--since DATE] [--until DATE]
                 [--root NN] [--status S] [--limit N] [--format table|jsonl|csv]
  entente stories [--actor ID] [--dyad A:B] [--source ID] [--since DATE] [--until DATE] [--root NN]
                  [--status S,…|all] [--min-sources N] [--limit N] [--format table|jsonl]
                                                           each real-world event once, with its reports and sources
  entente dyad A B [--by month|quarter|year] [--status S,…|all] [--format table|json|csv]
                                                           how two actors' relations moved, with the events behind
  entente network [--from DATE] [--to DATE] [--status S,…|all] [--format table|json|gexf|graphml] [--out FILE]
                                                           alignment network of a period: allies, adversaries, balance
  entente shifts [--actor ID] [--by month|quarter|year] [--status S,…|all] [--limit N] [--format table|json]
                                                           dyads whose relations changed most, and why
  entente export --format jsonl|csv|gdelt|plover|gexf|graphml [--out FILE] [--level events|stories]
                 [event filters as above] [--from DATE] [--to DATE] [--no-header]
                                                           stream the store out for other tools
  entente bench [--articles N]                             articles/s and peak memory of extract
  entente serve [--db FILE|URL] [--port 8080] [--host H]   the HTTP API and web UI (ENTENTE_TOKEN protects writes)

Inputs: .txt files, .html files, .jsonl files ({id, text, title?, published?, outlet?, url?}) and directories.
The store is SQLite by default (entente.db); --db postgres://… or ENTENTE_DB selects PostgreSQL.
Analyses count story-level events (reports of one event merged) that occurred; --status adds others.`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  extract: extractCommand,
  ingest: ingestCommand,
  events: eventsCommand,
  bench: benchCommand,
  stories: storiesCommand,
  dyad: dyadCommand,
  network: networkCommand,
  shifts: shiftsCommand,
  export: exportCommand,
  serve: serveCommand,
  actors: actorsCommand,
  explain: explainCommand,
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
