// Runs the CLI's main() in this process for usage errors (no child process: they fail before any work),
// keeping what it prints on stderr.
import { main } from '../../src/cli/main.ts';

export async function usage(args: string[]): Promise<{ code: number; stderr: string }> {
  const lines: string[] = [];
  const error = console.error;
  console.error = (...parts: unknown[]) => void lines.push(parts.join(' '));
  try {
    const code = await main(args);
    return { code, stderr: lines.join('\n') };
  } finally {
    console.error = error;
  }
}
