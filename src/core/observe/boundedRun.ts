/** Limits on how many checks run at once: overall and against one host. */
export interface Concurrency {
  overall: number;
  perHost: number;
}

/** The limits network checks use unless told otherwise. */
export const DEFAULT_CONCURRENCY: Concurrency = { overall: 16, perHost: 4 };

/**
 * Runs `work` over every task with at most `overall` running at once and at most `perHost` for one
 * host key; results come back in the tasks' order. A task waiting on a busy host does not block
 * tasks of other hosts.
 * @example await boundedRun(urls, (u) => new URL(u).host, check, { overall: 16, perHost: 4 })
 */
export function boundedRun<T, R>(
  tasks: readonly T[],
  hostOf: (task: T) => string,
  work: (task: T) => Promise<R>,
  limits: Concurrency,
): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  const waiting = tasks.map((_, i) => i);
  const busy = new Map<string, number>();
  let running = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    if (tasks.length === 0) return resolve(results);
    const pump = (): void => {
      for (let i = 0; i < waiting.length && running < limits.overall;) {
        const index = waiting[i];
        const host = hostOf(tasks[index]);
        if ((busy.get(host) ?? 0) >= limits.perHost) {
          i++;
          continue;
        }
        waiting.splice(i, 1);
        busy.set(host, (busy.get(host) ?? 0) + 1);
        running++;
        work(tasks[index]).then(
          (result) => {
            results[index] = result;
            busy.set(host, (busy.get(host) ?? 1) - 1);
            running--;
            finished++;
            if (finished === tasks.length) resolve(results);
            else pump();
          },
          (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
        );
      }
    };
    pump();
  });
}
