import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import git from 'isomorphic-git';
import { vaultFs, type VaultFs } from '../../src/obsidian/vaultFs';
import { App } from '../host/App';
import { describeFsContract } from './fsContract';

const temp = mkdtempSync(join(tmpdir(), 'vault-stack-vaultfs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let counter = 0;

describeFsContract('node', async () => {
  const root = join(temp, `contract-${counter++}`);
  nodeFs.mkdirSync(root);
  return { fs: nodeFs, path: (p) => join(root, p) };
});

describeFsContract('vaultFs over the host DataAdapter', async () => {
  const app = new App();
  return { fs: vaultFs(app.vault.adapter), path: (p) => p };
});

/** Copies every file of a host vault out to a real folder, through vaultFs itself. */
async function copyOut(fs: VaultFs, to: string, from = '/'): Promise<void> {
  for (const name of await fs.promises.readdir(from)) {
    const source = from === '/' ? name : `${from}/${name}`;
    const target = join(to, source);
    if ((await fs.promises.stat(source)).isDirectory()) {
      nodeFs.mkdirSync(target, { recursive: true });
      await copyOut(fs, to, source);
    } else {
      nodeFs.mkdirSync(dirname(target), { recursive: true });
      nodeFs.writeFileSync(target, await fs.promises.readFile(source));
    }
  }
}

function nativeGit(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: temp },
  });
}

const AUTHOR = { name: 'Vault Stack', email: 'vault-stack@example.invalid', timestamp: 1795824000, timezoneOffset: 0 };

describe('vaultFs beyond the node contract', () => {
  it('creates missing parent folders on write, as the adapter needs', async () => {
    const app = new App();
    const fs = vaultFs(app.vault.adapter);

    await fs.promises.writeFile('.git/objects/ab/cdef', new Uint8Array([1, 2]));

    expect((await app.vault.adapter.stat('.git/objects/ab'))?.type).toBe('folder');
    expect([...new Uint8Array(await app.vault.adapter.readBinary('.git/objects/ab/cdef'))]).toEqual([1, 2]);
  });

  it('accepts the path forms isomorphic-git builds from a dir of "/", "." or ""', async () => {
    const app = new App();
    const fs = vaultFs(app.vault.adapter);
    await fs.promises.writeFile('/.git/HEAD', 'ref: refs/heads/main\n');

    const reads = await Promise.all(
      ['.git/HEAD', './.git/HEAD', '/.git/./HEAD', '.git/refs/../HEAD'].map((p) => fs.promises.readFile(p, 'utf8')),
    );

    expect(new Set(reads)).toEqual(new Set(['ref: refs/heads/main\n']));
    expect(await fs.promises.readdir('/')).toEqual(['.git']);
    expect(await fs.promises.readdir('.')).toEqual(['.git']);
  });

  it('writes a symlink as a plain file holding its target, like core.symlinks=false', async () => {
    const fs = vaultFs(new App().vault.adapter);

    await fs.promises.symlink('../Shared/config.md', 'Notes/link.md');

    expect(await fs.promises.readFile('Notes/link.md', 'utf8')).toBe('../Shared/config.md');
    expect((await fs.promises.lstat('Notes/link.md')).isSymbolicLink()).toBe(false);
  });

  it('gives each path its own stable inode', async () => {
    const fs = vaultFs(new App().vault.adapter);
    await fs.promises.writeFile('a.md', 'a');
    await fs.promises.writeFile('b.md', 'a');

    const [a1, a2, b] = await Promise.all([
      fs.promises.stat('a.md'),
      fs.promises.stat('/a.md'),
      fs.promises.stat('b.md'),
    ]);

    expect(a1.ino).toBe(a2.ino);
    expect(a1.ino).not.toBe(b.ino);
  });
});

describe('isomorphic-git through vaultFs', () => {
  it('inits, adds and commits in the host vault, and native git reads the same repository', async () => {
    const app = new App();
    const fs = vaultFs(app.vault.adapter);
    const image = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    await app.vault.adapter.mkdir('Infra');
    await app.vault.adapter.write('Infra/NAS.md', '---\nstack: device\nos: debian\n---\n# NAS\n');
    await app.vault.adapter.writeBinary('Infra/rack.png', image.buffer);
    await app.vault.adapter.write('.gitignore', '.trash/\n');

    await git.init({ fs, dir: '/', defaultBranch: 'main' });
    await git.add({ fs, dir: '/', filepath: ['.gitignore', 'Infra/NAS.md', 'Infra/rack.png'] });
    const oid = await git.commit({ fs, dir: '/', message: 'device: NAS added', author: AUTHOR });
    const matrix = await git.statusMatrix({ fs, dir: '/' });
    const out = join(temp, 'copied-out');
    await copyOut(fs, out);

    expect(matrix.every(([, h, w, s]) => h === 1 && w === 1 && s === 1)).toBe(true);
    expect(nativeGit(out, 'rev-parse', 'HEAD').trim()).toBe(oid);
    expect(() => nativeGit(out, 'fsck', '--strict', '--no-dangling')).not.toThrow();
    expect(nativeGit(out, 'status', '--porcelain')).toBe('');
    expect(nativeGit(out, 'show', 'HEAD:Infra/NAS.md')).toBe('---\nstack: device\nos: debian\n---\n# NAS\n');
    const { blob } = await git.readBlob({ fs: nodeFs, dir: out, oid, filepath: 'Infra/rack.png' });
    expect([...blob]).toEqual([...image]);
  });

  it('sees an edit made through the adapter as a modified file', async () => {
    const app = new App();
    const fs = vaultFs(app.vault.adapter);
    await app.vault.adapter.write('note.md', 'one\n');
    await git.init({ fs, dir: '/', defaultBranch: 'main' });
    await git.add({ fs, dir: '/', filepath: 'note.md' });
    await git.commit({ fs, dir: '/', message: 'first', author: AUTHOR });

    await app.vault.adapter.write('note.md', 'two\n');

    expect(await git.status({ fs, dir: '/', filepath: 'note.md' })).toBe('*modified');
  });
});
