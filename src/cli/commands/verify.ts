import { driftEdits, shown } from '../../core/observe/drift';
import type { Drift, Observation } from '../../core/observe/Observation';
import { notifyTransitions, type NotifyChannels, type NotifyOutcome } from '../../core/observe/notifyTransitions';
import { VERIFY_SELECTIONS, verifyStack } from '../../core/observe/verifyStack';
import { CliError } from '../CliError';
import { resolveMoment } from '../clock';
import { gitProgress } from '../git/gitProgress';
import { networkObservers } from '../observe/networkObservers';
import { processObservers } from '../observe/processObservers';
import { configDirOf, readObservationState, writeObservationState } from '../observe/stateFile';
import { formatTable, oneLine } from '../table';
import { editNote } from '../vault/editNote';
import type { Command } from './Command';
import { CLOCK_FLAGS, VAULT_FLAGS } from './commonFlags';
import { openVault, plural } from './vaultArgs';

const ONLY = Object.keys(VERIFY_SELECTIONS);

/**
 * `vault-stack verify [vault]`: observes the stack the vault declares (health URLs, certificates,
 * domain registrations, backup repositories, secret references, bookmark links), prints every
 * observation and every drift between a note and the world, stores the observations in the state
 * file, and with `--apply` writes the observed facts back into the notes.
 */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check the declared stack against the world: health, certificates, domains, backups, secrets, links',
  details: [
    'Observations are kept in <config dir>/plugins/vault-stack/state/observations.json (never versioned).',
    'Drift is a field where the note and the world disagree; --apply writes the observed value into the note.',
    'Remote backup repositories are read only with VAULT_STACK_REMOTE_BACKUPS=1.',
    '--notify sends one notification per change of state (not while it stays the same; a flapping check at most',
    '  once in 30 minutes) to the ntfy topic VAULT_STACK_NTFY_URL (token: VAULT_STACK_NTFY_TOKEN) and/or the JSON',
    '  webhook VAULT_STACK_WEBHOOK_URL. The first run only records the states it sees.',
    'Exit codes: 0 all ok, 1 a check failed or a note drifted (and was not applied), 2 usage or I/O error.',
  ].join('\n'),
  spec: {
    positionals: ['vault'],
    flags: {
      only: {
        type: 'string',
        placeholder: 'KIND',
        description: `run only these checks: ${ONLY.join(', ')}`,
        validate: (v) => (ONLY.includes(v) ? null : `"${v}" is not a check (expected one of ${ONLY.join(', ')})`),
      },
      apply: { type: 'boolean', description: 'write observed facts into the notes that drifted' },
      notify: {
        type: 'boolean',
        description:
          'notify changes (down, up again, stale, expiring, dangling) to VAULT_STACK_NTFY_URL or VAULT_STACK_WEBHOOK_URL',
      },
      'config-dir': {
        type: 'string',
        placeholder: 'DIR',
        description:
          "the vault's configuration folder that holds the state (default: the hidden folder with the plugin, else .obsidian)",
      },
      ...CLOCK_FLAGS,
      ...VAULT_FLAGS,
    },
  },
  async run(ctx) {
    const flags = ctx.args.flags;
    const moment = resolveMoment(flags, () => ctx.io.now());
    const vault = openVault(ctx);
    const configDir = configDirOf(
      vault.root,
      typeof flags['config-dir'] === 'string' ? flags['config-dir'] : undefined,
    );
    const channels = notifyChannels(ctx.io.env);
    if (flags.notify === true && channels.ntfyUrl === undefined && channels.webhookUrl === undefined)
      throw new CliError(
        'USAGE',
        '--notify needs somewhere to send: VAULT_STACK_NTFY_URL or VAULT_STACK_WEBHOOK_URL is not set',
        'for example: VAULT_STACK_NTFY_URL=https://ntfy.sh/my-homelab-topic vault-stack verify --notify',
      );
    const selection = typeof flags.only === 'string' ? VERIFY_SELECTIONS[flags.only] : undefined;
    const network = networkObservers();
    const observers = [...network.observers, ...processObservers()].filter(
      (o) => selection === undefined || selection.checks.includes(o.check),
    );
    const kinds = selection?.kinds;
    const progress = gitProgress(ctx.io, 'verify');
    let result;
    let notified: NotifyOutcome | null = null;
    try {
      result = await verifyStack(
        observers,
        {
          index: vault.index,
          ...moment,
          env: ctx.io.env,
          root: vault.root,
          progress: (label, done, total) => progress.report({ phase: label, loaded: done, total }),
        },
        readObservationState(vault.root, configDir),
        (o) => kinds === undefined || kinds.includes(vault.index.get(o.path)?.kind ?? ''),
      );
      if (flags.notify === true)
        notified = await notifyTransitions(
          network.http,
          result.state,
          result.observations,
          vault.index,
          moment.now,
          channels,
        );
    } finally {
      progress.finish();
      network.close();
    }
    writeObservationState(vault.root, configDir, notified?.state ?? result.state);
    for (const failure of notified?.failures ?? []) ctx.io.stderr(`vault-stack: warning: ${failure}\n`);
    const applied = flags.apply === true ? applyDrift(vault.root, result.drifts) : [];
    const failed = result.observations.filter((o) => o.status === 'failed').length;
    const unknown = result.observations.filter((o) => o.status === 'unknown').length;
    const open = result.drifts.length - applied.length;
    if (flags.json === true) {
      ctx.io.stdout(
        JSON.stringify(
          {
            now: moment.now,
            observations: result.observations,
            drifts: result.drifts,
            applied,
            ...(notified
              ? {
                  notified: notified.sent.map(({ transition, ...notice }) => ({
                    ...notice,
                    path: transition.path,
                    check: transition.check,
                    from: transition.from,
                    to: transition.to,
                  })),
                }
              : {}),
          },
          null,
          2,
        ) + '\n',
      );
    } else {
      ctx.io.stdout(observationTable(result.observations, ctx.io.stdoutIsTTY ? ctx.io.columns : undefined));
      if (result.drifts.length > 0)
        ctx.io.stdout(`\n${driftTable(result.drifts, applied, ctx.io.stdoutIsTTY ? ctx.io.columns : undefined)}`);
      const ok = result.observations.length - failed - unknown;
      const drift =
        result.drifts.length === 0
          ? 'no drift'
          : `${plural(result.drifts.length, 'drift')}${applied.length > 0 ? ` (${applied.length} written to the notes)` : ''}`;
      ctx.io.stderr(
        `${plural(result.observations.length, 'check')}: ${ok} ok, ${failed} failed, ${unknown} unknown; ${drift}${notified ? `; ${plural(notified.sent.length, 'notification')} sent` : ''}\n`,
      );
    }
    return failed > 0 || open > 0 ? 1 : 0;
  },
};

/** Words for a status, as each check says it. */
function statusWord(o: Observation): string {
  if (o.status === 'unknown') return 'unknown';
  if (o.check === 'health') return o.status === 'ok' ? 'up' : 'down';
  if (o.check === 'link') return o.status === 'ok' ? 'ok' : 'dead';
  if (o.status === 'ok') return o.warning ? 'warning' : 'ok';
  return 'failed';
}

function observationTable(observations: readonly Observation[], width: number | undefined): string {
  if (observations.length === 0) return 'nothing to verify: no service, domain, backup, secret or bookmark to check\n';
  const rows = observations.map((o) => [
    o.check,
    oneLine(o.path),
    statusWord(o),
    o.latencyMs === undefined ? '' : `${o.latencyMs} ms`,
    oneLine(o.detail),
  ]);
  return formatTable(['CHECK', 'NOTE', 'STATUS', 'LATENCY', 'DETAIL'], rows, width);
}

function driftTable(drifts: readonly Drift[], applied: readonly Drift[], width: number | undefined): string {
  const rows = drifts.map((d) => [
    oneLine(d.path),
    d.field,
    d.noted === undefined || d.noted === null ? '—' : oneLine(shown(d.noted)),
    String(d.observed),
    applied.includes(d) ? 'written to the note' : oneLine(d.message.slice(d.message.lastIndexOf('; ') + 2)),
  ]);
  return formatTable(['DRIFT IN', 'FIELD', 'NOTE SAYS', 'WORLD SAYS', 'FIX'], rows, width);
}

/** Writes every drifted fact into its note; returns the drifts written (a note that already says it is left alone). */
function applyDrift(root: string, drifts: readonly Drift[]): Drift[] {
  const applied: Drift[] = [];
  for (const [path, edits] of driftEdits(drifts)) {
    if (editNote(root, path, edits)) applied.push(...drifts.filter((d) => d.path === path));
  }
  return applied;
}

/** The notification channels the environment names (empty values count as unset). */
function notifyChannels(env: Readonly<Record<string, string | undefined>>): NotifyChannels {
  const value = (name: string): string | undefined => (env[name]?.trim() ? env[name]?.trim() : undefined);
  const ntfyUrl = value('VAULT_STACK_NTFY_URL');
  const ntfyToken = value('VAULT_STACK_NTFY_TOKEN');
  const webhookUrl = value('VAULT_STACK_WEBHOOK_URL');
  return {
    ...(ntfyUrl ? { ntfyUrl } : {}),
    ...(ntfyToken ? { ntfyToken } : {}),
    ...(webhookUrl ? { webhookUrl } : {}),
  };
}
