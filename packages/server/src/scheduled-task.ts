import type { FastifyBaseLogger } from 'fastify';

/**
 * Runs `task` every `intervalMs` without holding the process open, logging failures instead of
 * crashing; runs never overlap. Returns the function that stops it.
 */
export function every(intervalMs: number, task: () => Promise<unknown>, log: FastifyBaseLogger, name: string): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch((error: unknown) => {
        log.error({ err: error }, `${name} failed`);
      })
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
