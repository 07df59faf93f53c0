/**
 * The set of vault paths changed since the last commit, fed by vault events. A rename records
 * both paths (git sees a delete and an add). Paths of a failed commit go back with `restore`.
 */
export class ChangeTracker {
  private readonly paths = new Set<string>();
  private readonly renames = new Map<string, string>();

  /** A file was created. */
  created(path: string): void {
    this.paths.add(path);
  }

  /** A file's content changed. */
  modified(path: string): void {
    this.paths.add(path);
  }

  /** A file was deleted. */
  deleted(path: string): void {
    this.paths.add(path);
  }

  /** A file moved: both paths change in git. */
  renamed(from: string, to: string): void {
    this.paths.add(from);
    this.paths.add(to);
    this.renames.set(to, this.renames.get(from) ?? from);
    this.renames.delete(from);
  }

  /** Number of changed paths waiting for a commit. */
  get size(): number {
    return this.paths.size;
  }

  /** The changed paths, sorted, without clearing them. */
  pending(): string[] {
    return [...this.paths].sort();
  }

  /** Takes the changed paths (and renames, new path → old path) for a commit, clearing the tracker. */
  take(): { paths: string[]; renames: Map<string, string> } {
    const taken = { paths: this.pending(), renames: new Map(this.renames) };
    this.paths.clear();
    this.renames.clear();
    return taken;
  }

  /** Puts back what a failed commit took, keeping anything recorded since. */
  restore(taken: { paths: readonly string[]; renames: ReadonlyMap<string, string> }): void {
    for (const path of taken.paths) this.paths.add(path);
    for (const [to, from] of taken.renames) if (!this.renames.has(to)) this.renames.set(to, from);
  }
}
