import { GitLayerError } from './errors';
import { readTextOrNull, unlinkIfExists } from './GitFs';
import { toGitPath } from './paths';
import type { RepoContext } from './RepoContext';

/**
 * The pending-commit journal: the paths of a commit in progress, written before anything else and
 * removed when it completes, and — once the commit object exists — the ref update it is about to
 * make (ref, old and new oid) and the process making it. A commit that crashed leaves it behind;
 * the next commit and the start-up scan pick those paths up again, so no change is forgotten, and
 * the next commit finishes or rolls back the ref update it records (see `recoverInterrupted`).
 */
const JOURNAL = 'vault-stack-pending';

/** What the journal records about the operation in flight. */
export interface PendingCommit {
  /** Paths of the commit (vault-relative git paths). */
  paths: string[];
  /** The process that wrote the journal, when the host knows process ids. */
  pid?: number;
  /** The ref being moved, its value before (`null`: unborn branch) and the commit it moves to. */
  ref?: string;
  from?: string | null;
  to?: string;
  /** Set while an initial import writes `.git/index.lock`. */
  indexLock?: boolean;
  /** What was wrong with a damaged journal; the parts that could be read are kept. */
  problem?: string;
}

const OID = /^[0-9a-f]{40}$/;
const REF = /^refs\/heads\/[^\0\n\\]+$/;

/** The pending commit left by an operation that did not complete, or `null`. A damaged or hand-edited journal never blocks: what is invalid in it is dropped and named in `problem`. */
export async function readJournal(ctx: RepoContext): Promise<PendingCommit | null> {
  const text = await readTextOrNull(ctx.fs, `${ctx.gitdir}/${JOURNAL}`);
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { paths: [], problem: 'the journal is not JSON (torn by a crash, or edited)' };
  }
  const record = (Array.isArray(parsed) ? { paths: parsed } : parsed) as Record<string, unknown> | null;
  if (record === null || typeof record !== 'object') return { paths: [], problem: 'the journal is not a record' };
  const raw = Array.isArray(record.paths) ? (record.paths as unknown[]) : [];
  const paths: string[] = [];
  const dropped: string[] = [];
  for (const p of raw) {
    const path = typeof p === 'string' ? validPath(p) : null;
    if (path === null) dropped.push(JSON.stringify(p));
    else paths.push(path);
  }
  const out: PendingCommit = { paths };
  if (typeof record.pid === 'number' && Number.isInteger(record.pid) && record.pid > 0) out.pid = record.pid;
  if (
    typeof record.ref === 'string' &&
    REF.test(record.ref) &&
    !record.ref.split('/').includes('..') &&
    typeof record.to === 'string' &&
    OID.test(record.to)
  ) {
    out.ref = record.ref;
    out.to = record.to;
    out.from = typeof record.from === 'string' && OID.test(record.from) ? record.from : null;
  }
  if (record.indexLock === true) out.indexLock = true;
  if (dropped.length > 0)
    out.problem = `the journal names paths git cannot commit (${dropped.slice(0, 3).join(', ')}); they were ignored`;
  return out;
}

function validPath(path: string): string | null {
  try {
    return toGitPath(path, 'readJournal');
  } catch (err) {
    if (err instanceof GitLayerError) return null;
    throw err;
  }
}

/** Records the operation about to run (replacing the journal whole: a crash leaves the old record or the new one). */
export async function writeJournal(ctx: RepoContext, record: PendingCommit): Promise<void> {
  const { problem: _problem, ...kept } = record;
  const pid = ctx.processes?.pid;
  const text = JSON.stringify(pid === undefined ? kept : { ...kept, pid });
  const path = `${ctx.gitdir}/${JOURNAL}`;
  const fsp = ctx.fs.promises;
  if (!fsp.rename) {
    await fsp.writeFile(path, text, 'utf8');
    return;
  }
  const temp = `${path}.tmp`;
  await fsp.writeFile(temp, text, 'utf8');
  await fsp.rename(temp, path);
}

/** Marks the pending commit complete. */
export async function clearJournal(ctx: RepoContext): Promise<void> {
  await unlinkIfExists(ctx.fs, `${ctx.gitdir}/${JOURNAL}`);
}
