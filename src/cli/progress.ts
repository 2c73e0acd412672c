import type * as CliProgress from 'cli-progress';
import { createRequire } from 'node:module';
import type { CliIO } from './io.js';

// cli-progress (CommonJS) loads only when a bar can be shown: a piped run does not pay for it.
const load = (): typeof CliProgress => createRequire(import.meta.url)('cli-progress') as typeof CliProgress;

/**
 * A progress bar on stderr for long runs, only when stderr is a terminal and --quiet is not
 * given; silent when piped. Returns the callback to feed and a function that clears the bar.
 */
export function progressBar(io: CliIO, quiet: boolean): { update: (done: number, total: number) => void; stop: () => void } {
  if (quiet || !io.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const cliProgress = load();
  let bar: CliProgress.SingleBar | null = null;
  return {
    update(done: number, total: number): void {
      if (total < 20) return;
      if (!bar) {
        bar = new cliProgress.SingleBar({
          stream: io.stderr as NodeJS.WriteStream, clearOnComplete: true, hideCursor: true,
          format: 'nato-facts {bar} {value}/{total} documents | {eta_formatted} left',
        }, cliProgress.Presets.shades_classic);
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop(): void { bar?.stop(); },
  };
}
