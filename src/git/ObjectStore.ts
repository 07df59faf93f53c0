import type { GitObjectCodec } from './GitObjectCodec';
import { fallbackCodec } from './fallbackCodec';
import { lstatOrNull } from './GitFs';
import { isMissingFileError } from './errors';
import { rememberCommitTree, rememberTreeBody } from './objectReader';
import type { RepoContext } from './RepoContext';
import { concatBytes } from './bytes';

/** A commit to write: tree, parents, one identity as author and committer, message. */
export interface CommitObject {
  tree: string;
  parents: string[];
  author: { name: string; email: string; timestamp: number; timezoneOffset: number };
  message: string;
}

/** Writes git objects and hashes blobs. */
export interface ObjectStore {
  writeBlob(content: Uint8Array): Promise<string>;
  /** Writes a tree given as its body's bytes (entries in git's order: `encodeTreeBody`). */
  writeTreeBody(body: Uint8Array): Promise<string>;
  writeCommit(commit: CommitObject): Promise<string>;
  /** The blob oid of some content, without writing it. */
  hashBlob(content: Uint8Array): Promise<string>;
}

/**
 * The object store for a repository: loose objects through `codec` when given, else through
 * {@link fallbackCodec} (WebCrypto and `CompressionStream`, or plain JavaScript). With a `batch`, the loose store answers each oid as soon as it is hashed and leaves the
 * file write in flight in the batch; {@link ObjectWriteBatch.settle} waits for them all (a commit
 * settles its batch before moving the ref, so a ref never names an object not yet written).
 */
export function objectStore(
  ctx: RepoContext,
  codec?: GitObjectCodec,
  batch?: ObjectWriteBatch,
  importing = false,
): ObjectStore {
  return new LooseObjectStore(ctx, codec ?? fallbackCodec(), batch, importing);
}

/** Object writes left in flight, to overlap the fs round trips of a commit's blobs and trees. */
export class ObjectWriteBatch {
  private writes: Promise<{ error: unknown } | null>[] = [];

  /** Adds a write; its failure is kept for {@link settle}, never left unhandled. */
  add(write: Promise<void>): void {
    this.writes.push(
      write.then(
        () => null,
        (error: unknown) => ({ error }),
      ),
    );
  }

  /** Waits for every write added so far, then throws the first failure, if any. */
  async settle(): Promise<void> {
    const writes = this.writes;
    this.writes = [];
    const failed = (await Promise.all(writes)).find((r) => r !== null);
    if (failed) throw failed.error;
  }
}

const encoder = new TextEncoder();

function timezone(offsetMinutes: number): string {
  const east = -offsetMinutes;
  const abs = Math.abs(east);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  return `${east < 0 ? '-' : '+'}${hhmm}`;
}

class LooseObjectStore implements ObjectStore {
  constructor(
    private readonly ctx: RepoContext,
    private readonly codec: GitObjectCodec,
    private readonly batch?: ObjectWriteBatch,
    /**
     * An import into a repository without commits: objects are written without an lstat each
     * (one per blob cost 1.2 s of `init` at 50,000 notes), each oid once per store; a copy left
     * by an interrupted import is renamed over by the same bytes, which is harmless.
     */
    private readonly importing = false,
  ) {}

  /** Oids this store has written, when {@link importing}. */
  private readonly written = new Set<string>();

  writeBlob(content: Uint8Array): Promise<string> {
    return this.write('blob', content);
  }

  async writeTreeBody(body: Uint8Array): Promise<string> {
    // A tree is new but for a folder put back exactly as it once was; writing it again (renamed over) is harmless.
    const oid = await this.write('tree', body, true);
    rememberTreeBody(this.ctx, oid, body);
    return oid;
  }

  async writeCommit(commit: CommitObject): Promise<string> {
    const a = commit.author;
    const who = `${a.name} <${a.email}> ${a.timestamp} ${timezone(a.timezoneOffset)}`;
    const lines = [
      `tree ${commit.tree}`,
      ...commit.parents.map((p) => `parent ${p}`),
      `author ${who}`,
      `committer ${who}`,
    ];
    // A commit is new by construction (its parent and time make it so): no check that it exists.
    const oid = await this.write('commit', encoder.encode(`${lines.join('\n')}\n\n${commit.message}`), true);
    rememberCommitTree(this.ctx, oid, commit.tree);
    return oid;
  }

  async hashBlob(content: Uint8Array): Promise<string> {
    return this.codec.sha1(concatBytes([encoder.encode(`blob ${content.length}\0`), content]));
  }

  /** Writes a loose object unless it exists (in the batch when there is one); through a temporary file and a rename when the fs can rename. */
  private async write(type: string, content: Uint8Array, isNew = false): Promise<string> {
    const raw = concatBytes([encoder.encode(`${type} ${content.length}\0`), content]);
    const oid = await this.codec.sha1(raw);
    if (this.importing && this.ctx.fs.promises.rename) {
      if (this.written.has(oid)) return oid;
      this.written.add(oid);
      isNew = true;
    }
    if (this.batch) this.batch.add(this.store(oid, raw, isNew));
    else await this.store(oid, raw, isNew);
    return oid;
  }

  private async store(oid: string, raw: Uint8Array, isNew: boolean): Promise<void> {
    const folder = `${this.ctx.gitdir}/objects/${oid.slice(0, 2)}`;
    const file = `${folder}/${oid.slice(2)}`;
    const fsp = this.ctx.fs.promises;
    // Without rename an existing object would be rewritten in place, where a crash could tear it: always checked then.
    if ((!isNew || !fsp.rename) && (await lstatOrNull(this.ctx.fs, file)) !== null) return;
    const deflated = await this.codec.deflate(raw);
    // A crash mid-write must not leave a truncated object under its final name (it would be trusted forever).
    const target = fsp.rename
      ? `${folder}/tmp_obj_${oid.slice(2, 10)}_${Math.random().toString(36).slice(2, 10)}`
      : file;
    try {
      await fsp.writeFile(target, deflated);
    } catch (err) {
      // The folder is made on first use (most exist in a grown repository: no lstat for them).
      if (!isMissingFileError(err)) throw err;
      await fsp.mkdir(folder).catch(async (mkdirErr: unknown) => {
        // Objects are written several at once: another may have made the folder meanwhile.
        if ((await lstatOrNull(this.ctx.fs, folder)) === null) throw mkdirErr;
      });
      await fsp.writeFile(target, deflated);
    }
    if (fsp.rename && target !== file) await fsp.rename(target, file);
  }
}
