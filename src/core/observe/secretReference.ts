import type { KindData } from '../model/Item';
import type { ObserveContext } from './Observation';
import type { ProcessHost } from './ProcessHost';
import { joinPath } from './repositoryLocation';
import { sopsHasKey, sopsRef } from './sopsKeyPath';

/** Whether a secret's reference resolves: `ok` (it does), `failed` (dangling) or `unknown` (cannot tell without reading the value). */
export interface ReferenceCheck {
  status: 'ok' | 'failed' | 'unknown';
  detail: string;
}

type Files = Pick<ProcessHost, 'exists' | 'readText'>;
type Where = Pick<ObserveContext, 'env' | 'root'>;

/**
 * Checks that a secret's `ref` resolves without reading its value: a pass or gopass store has
 * `REF.gpg` (`PASSWORD_STORE_DIR` honoured), an `env` variable is set, an age or sops file exists
 * and, for sops, the key path after `#` is in the file's cleartext key structure. Other stores
 * (bitwarden, 1password, keepassxc, yubikey) cannot be asked without unlocking them: `unknown`.
 * @example await secretReference({ store: 'env', ref: 'RESTIC_PASSWORD', … }, files, { env: {} }) // failed: not set
 */
export async function secretReference(
  secret: Pick<KindData['secret'], 'store' | 'ref'>,
  files: Files,
  where: Where,
): Promise<ReferenceCheck> {
  const ref = secret.ref.trim();
  if (ref === '') return { status: 'failed', detail: 'no `ref`: say where the secret lives' };
  switch (secret.store) {
    case 'pass':
    case 'gopass': {
      const dir = storeDir(secret.store, where.env);
      if (dir === null) return { status: 'unknown', detail: 'HOME is not set, so the password store cannot be found' };
      if (!(await files.exists(dir))) return { status: 'failed', detail: `no password store at ${dir}` };
      const suffixes = secret.store === 'gopass' ? ['.gpg', '.age'] : ['.gpg'];
      for (const suffix of suffixes) {
        if (await files.exists(joinPath(dir, `${ref}${suffix}`)))
          return { status: 'ok', detail: `${ref} is in the ${secret.store} store` };
      }
      return { status: 'failed', detail: `dangling: no ${ref}.gpg in the ${secret.store} store at ${dir}` };
    }
    case 'env':
      return where.env[ref] !== undefined
        ? { status: 'ok', detail: `${ref} is set` }
        : { status: 'failed', detail: `dangling: the environment variable ${ref} is not set` };
    case 'age':
    case 'sops':
      return fileReference(secret.store, ref, files, where);
    default:
      return {
        status: 'unknown',
        detail: `a ${secret.store} reference cannot be checked without unlocking ${secret.store}`,
      };
  }
}

async function fileReference(store: 'age' | 'sops', ref: string, files: Files, where: Where): Promise<ReferenceCheck> {
  const { file, keys } = store === 'sops' ? sopsRef(ref) : { file: ref, keys: [] };
  const path = absolute(file, where);
  if (path === null) return { status: 'unknown', detail: `HOME is not set, so ${file} cannot be found` };
  if (!(await files.exists(path))) return { status: 'failed', detail: `dangling: no ${store} file at ${path}` };
  if (keys.length === 0) return { status: 'ok', detail: `${path} exists` };
  const text = await files.readText(path);
  const has = text === null ? null : sopsHasKey(text, keys, path);
  if (has === null)
    return { status: 'failed', detail: `${path} cannot be read as a sops file (YAML, JSON, .env or .ini)` };
  return has
    ? { status: 'ok', detail: `${keys.join('.')} is in ${path}` }
    : { status: 'failed', detail: `dangling: ${path} has no key ${keys.join('.')}` };
}

/** The folder a pass or gopass store keeps its files in. */
function storeDir(store: 'pass' | 'gopass', env: Where['env']): string | null {
  if (env.PASSWORD_STORE_DIR) return env.PASSWORD_STORE_DIR;
  if (!env.HOME) return null;
  if (store === 'pass') return joinPath(env.HOME, '.password-store');
  return joinPath(env.XDG_DATA_HOME ?? joinPath(env.HOME, '.local/share'), 'gopass/stores/root');
}

/** A file reference made absolute: `~/` from HOME, a relative path from the vault folder. */
function absolute(file: string, where: Where): string | null {
  if (file === '~' || file.startsWith('~/')) return where.env.HOME ? joinPath(where.env.HOME, file.slice(2)) : null;
  if (file.startsWith('/') || where.root === undefined) return file;
  return joinPath(where.root, file);
}
