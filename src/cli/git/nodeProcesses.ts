import type { ProcessProbe } from '../../git/ProcessProbe';

/** This process and a signal-0 probe of others (EPERM means it runs under another user). */
export const nodeProcesses: ProcessProbe = {
  pid: process.pid,
  isRunning(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (err) {
      return (err as { code?: string }).code === 'EPERM';
    }
  },
};
