/** Which process this is and whether another still runs: how a crashed operation's locks are told from a live one's. */
export interface ProcessProbe {
  /** This process's id. */
  pid: number;
  /** True while a process with this id runs (on this machine). */
  isRunning(pid: number): boolean;
}
