import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A vault folder in the system temp dir, written file by file; `remove()` deletes it. */
export class TempVault {
  readonly root: string;

  constructor(prefix = 'vault-stack-cli-') {
    this.root = mkdtempSync(join(tmpdir(), prefix));
  }

  /** Writes a note (text or raw bytes) at a vault-relative path, creating folders. */
  write(path: string, content: string | Uint8Array): this {
    const abs = join(this.root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    return this;
  }

  /** Writes a note from frontmatter lines and a body. */
  note(path: string, frontmatter: readonly string[], body = 'Some prose about it.\n'): this {
    return this.write(path, ['---', ...frontmatter, '---', body].join('\n'));
  }

  /** Deletes the folder. */
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
