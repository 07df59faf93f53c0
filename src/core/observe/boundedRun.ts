/** Limits on how many checks run at once: overall and against one host. */
export interface Concurrency {
  overall: number;
  perHost: number;
}

/** The limits network checks use unless told otherwise. */
export const DEFAULT_CONCURRENCY: Concurrency = { overall: 16, perHost: 4 };

/**
 * Runs `work` over every task with at most `overall` running at once and at most `perHost` for one
 * host key; results come back in the tasks' order. Tasks wait in one queue per host, taken in turn,
 * so a busy host never holds up the others and a pass costs the number of hosts, not of tasks.
 * @example await boundedRun(urls, (u) => new URL(u).host, check, { overall: 16, perHost: 4 })
 */
export function boundedRun<T, R>(
  tasks: readonly T[],
  hostOf: (task: T) => string,
  work: (task: T) => Promise<R>,
  limits: Concurrency,
): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  const queues = new Map<string, { waiting: number[]; next: number; busy: number }>();
  tasks.forEach((task, index) => {
    const host = hostOf(task);
    const queue = queues.get(host) ?? { waiting: [], next: 0, busy: 0 };
    queue.waiting.push(index);
    queues.set(host, queue);
  });
  const hosts = [...queues.values()];
  const overall = Math.max(1, limits.overall);
  const perHost = Math.max(1, limits.perHost);
  let running = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    if (tasks.length === 0) return resolve(results);
    const pump = (): void => {
      let started = true;
      while (started && running < overall) {
        started = false;
        for (const queue of hosts) {
          if (running >= overall) break;
          if (queue.busy >= perHost || queue.next >= queue.waiting.length) continue;
          const index = queue.waiting[queue.next++];
          queue.busy++;
          running++;
          started = true;
          work(tasks[index]).then(
            (result) => {
              results[index] = result;
              queue.busy--;
              running--;
              if (++finished === tasks.length) resolve(results);
              else pump();
            },
            (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
          );
        }
      }
    };
    pump();
  });
}
