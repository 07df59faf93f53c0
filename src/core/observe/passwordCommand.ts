import type { KindData } from '../model/Item';

/** A command that prints a secret's value, or why there is none. */
export type PasswordCommand = { ok: true; command: string } | { ok: false; reason: string };

/** The first line of `pass show REF` (pass keeps the password on the first line, metadata below), failing when pass fails. */
const PASS_FIRST_LINE = `sh -c 'p=$(pass show -- "$1") || exit; printf "%s\\n" "$p" | head -n 1' vault-stack-pass`;

/**
 * The command that prints the password a secret refers to, written for restic's
 * `--password-command` / `RESTIC_PASSWORD_COMMAND` and borg's `BORG_PASSCOMMAND` (both split it
 * like a shell, without one), so Vault Stack never holds the value: the first line of
 * `pass show REF`, `gopass show -o REF`, `printenv REF` for `env`, `op read REF` for 1password.
 * @example passwordCommand({ store: 'gopass', ref: 'backup/restic', … }) // { ok: true, command: "gopass show -o 'backup/restic'" }
 */
export function passwordCommand(secret: Pick<KindData['secret'], 'store' | 'ref'>): PasswordCommand {
  const ref = secret.ref.trim();
  if (ref === '') return { ok: false, reason: 'the secret has no `ref`' };
  if (ref.includes("'") || [...ref].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    return { ok: false, reason: 'its `ref` holds a quote or a control character, which cannot be passed on safely' };
  const quoted = `'${ref}'`;
  switch (secret.store) {
    case 'pass':
      return { ok: true, command: `${PASS_FIRST_LINE} ${quoted}` };
    case 'gopass':
      return { ok: true, command: `gopass show -o ${quoted}` };
    case 'env':
      return /^[A-Za-z_][A-Za-z0-9_]*$/.test(ref)
        ? { ok: true, command: `printenv ${ref}` }
        : { ok: false, reason: `${JSON.stringify(ref)} is not an environment variable name` };
    case '1password':
      return { ok: true, command: `op read ${quoted}` };
    default:
      return {
        ok: false,
        reason: `a ${secret.store} secret cannot give restic or borg a password; keep it in pass, gopass, 1password or an environment variable`,
      };
  }
}
