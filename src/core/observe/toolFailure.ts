import type { ProcessResult } from './ProcessHost';

/**
 * Why restic, borg or a password command failed, in one sentence with the fix where one is known:
 * a wrong password, a password command that failed (a dangling reference), no repository at the location, a program that is not installed, or the last
 * line the tool wrote to stderr.
 * @example toolFailure('restic', { code: 1, stdout: '', stderr: 'Fatal: wrong password or no key found\n' })
 * // 'restic: wrong password (or no key found): check the secret the job's password links to'
 */
export function toolFailure(tool: string, result: ProcessResult): string {
  if (result.failure !== undefined) return `${tool}: ${result.failure}`;
  const text = result.stderr;
  if (/Resolving password failed|passcommand supplied in BORG_PASSCOMMAND failed/i.test(text)) {
    const said = text
      .split('\n')
      .find((line) => line.trim() !== '' && !/Resolving password|passcommand supplied/i.test(line));
    return `${tool}: the password command failed${said ? ` (${said.trim()})` : ''}: check the secret's \`store\` and \`ref\``;
  }
  if (/wrong password|passphrase supplied .* is incorrect/i.test(text))
    return `${tool}: wrong password: check the secret the job's \`password\` links to`;
  if (
    /Is there a repository at the following location|Repository .* does not exist|unable to open config file/i.test(
      text,
    )
  )
    return `${tool}: no repository at that location: check the job's \`repository\``;
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('{'));
  const last = lines.length > 0 ? lines[lines.length - 1].replace(/^Fatal:\s*/, '') : '';
  return `${tool} exited with status ${String(result.code)}${last ? `: ${last}` : ''}`;
}
