// Real restic, borg, pass and gnupg (Debian packages) in throwaway folders: repositories, a GnuPG key
// generated in batch mode, a pass store. Nothing touches the user's home.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOOLS = ['restic', 'borg', 'pass', 'gpg'];

/** Whether restic, borg, pass and gpg are on PATH; skipped (with a reason) only outside CI. */
export function backupToolsAvailability(): { run: boolean; reason: string } {
  const missing = TOOLS.filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'pipe' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return { run: true, reason: '' };
  if (process.env.CI) throw new Error(`${missing.join(', ')} missing; CI must install restic, borgbackup, pass, gnupg`);
  return {
    run: false,
    reason: `backup tool tests skipped: ${missing.join(', ')} missing (apt-get install -y restic borgbackup pass gnupg; required in CI)`,
  };
}

/**
 * A scratch world for backup tests: a HOME, a GnuPG home with one passphrase-less key, a pass
 * store initialised for it, and folders for repositories and data. `env` is what tools run with.
 */
export class BackupWorld {
  readonly dir = mkdtempSync(join(tmpdir(), 'vault-stack-backup-'));
  readonly env: Record<string, string | undefined>;

  constructor() {
    const home = join(this.dir, 'home');
    const gnupg = join(this.dir, 'gnupg');
    mkdirSync(home);
    mkdirSync(gnupg, { mode: 0o700 });
    this.env = {
      PATH: process.env.PATH,
      HOME: home,
      GNUPGHOME: gnupg,
      PASSWORD_STORE_DIR: join(this.dir, 'store'),
      BORG_BASE_DIR: join(this.dir, 'borg-base'),
      RESTIC_CACHE_DIR: join(this.dir, 'restic-cache'),
      LC_ALL: 'C.UTF-8',
    };
    mkdirSync(join(this.dir, 'data'));
    writeFileSync(join(this.dir, 'data', 'file.txt'), 'what is backed up\n');
  }

  /** Generates a GnuPG key (no passphrase, batch mode) and initialises the pass store for it. */
  initPass(): this {
    const params = [
      '%no-protection',
      'Key-Type: EDDSA',
      'Key-Curve: ed25519',
      'Subkey-Type: ECDH',
      'Subkey-Curve: cv25519',
      'Name-Real: Vault Stack Test',
      'Name-Email: test@vault-stack.invalid',
      'Expire-Date: 0',
      '%commit',
      '',
    ].join('\n');
    this.exec('gpg', ['--batch', '--gen-key'], params);
    this.exec('pass', ['init', 'test@vault-stack.invalid']);
    return this;
  }

  /** Stores `text` at `ref` in the pass store (first line the password, as pass does). */
  passInsert(ref: string, text: string): this {
    this.exec('pass', ['insert', '--multiline', ref], text);
    return this;
  }

  /** Makes a restic repository in `name` whose password comes from `RESTIC_PASSWORD`. */
  resticInit(name: string, password: string): string {
    const repo = join(this.dir, name);
    this.exec('restic', ['init', '--quiet', '-r', repo], undefined, { RESTIC_PASSWORD: password });
    return repo;
  }

  /** Backs up the data folder into a restic repository. */
  resticBackup(repo: string, password: string): void {
    this.exec('restic', ['backup', '--quiet', '-r', repo, join(this.dir, 'data')], undefined, {
      RESTIC_PASSWORD: password,
    });
  }

  /** Makes a borg repository (repokey encryption) in `name`. */
  borgInit(name: string, password: string): string {
    const repo = join(this.dir, name);
    this.exec('borg', ['init', '--encryption', 'repokey', repo], undefined, { BORG_PASSPHRASE: password });
    return repo;
  }

  /** Archives the data folder into a borg repository. */
  borgCreate(repo: string, password: string, archive: string): void {
    this.exec('borg', ['create', `${repo}::${archive}`, join(this.dir, 'data')], undefined, {
      BORG_PASSPHRASE: password,
    });
  }

  /** Runs a tool in this world and returns its stdout; throws with its stderr on failure. */
  exec(command: string, args: string[], input?: string, extra: Record<string, string> = {}): string {
    return execFileSync(command, args, {
      env: { ...this.env, ...extra },
      input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      cwd: this.dir,
    });
  }

  /** Deletes everything (the gpg-agent this world started goes with its home). */
  remove(): void {
    try {
      execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env: this.env, stdio: 'ignore' });
    } catch {
      // No agent running.
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
