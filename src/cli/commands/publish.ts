import { CALDAV_PASSWORD_ENV, publishCaldav } from '../caldav/publishCaldav';
import { CliError } from '../CliError';
import { resolveMoment } from '../clock';
import { icsStamp } from '../formats/icsFormat';
import type { Command } from './Command';
import { CACHE_FLAGS, CLOCK_FLAGS, HELP_FLAG } from './commonFlags';
import { openVault, plural } from './vaultArgs';

/** `vault-stack publish caldav <collection-url> [vault]`: the vault's tasks as VTODOs in a CalDAV calendar. */
export const publishCommand: Command = {
  name: 'publish',
  summary: "put the vault's tasks into a CalDAV calendar",
  details: [
    'Targets:',
    '  caldav <collection-url>  every task as a VTODO (<uid>.ics): made if missing (MKCALENDAR), updated',
    '                           when it changed, deleted when it left the vault (only resources we made)',
    `The user goes in the URL (http://user@host/path/), the password in ${CALDAV_PASSWORD_ENV}.`,
    'Exit codes: 0 published, 1 some resources changed on the server meanwhile (left as they are),',
    '2 usage, login, network or server error.',
  ].join('\n'),
  spec: {
    positionals: ['target', 'collection-url', 'vault'],
    flags: { ...CLOCK_FLAGS, ...CACHE_FLAGS, ...HELP_FLAG },
  },
  async run(ctx) {
    const [target, url, vaultArg] = ctx.args.positionals;
    if (target !== 'caldav')
      throw new CliError(
        'USAGE',
        target === undefined ? 'publish needs a target' : `unknown publish target "${target}"`,
        'targets: caldav (vault-stack publish caldav <collection-url> [vault])',
      );
    if (url === undefined)
      throw new CliError(
        'USAGE',
        'publish caldav needs the collection URL',
        'for example http://me@localhost:5232/me/tasks/',
      );
    const moment = resolveMoment(ctx.args.flags, () => ctx.io.now());
    const vault = openVault(ctx, vaultArg ?? '.');
    const counts = await publishCaldav({ io: ctx.io, url, items: vault.index.items(), stamp: icsStamp(moment.now) });
    for (const name of counts.conflicts)
      ctx.io.stderr(`vault-stack: ${name} changed on the server while publishing; left as it is (run again)\n`);
    const shown = new URL(url);
    shown.username = '';
    ctx.io.stderr(
      `caldav: ${counts.madeCollection ? 'calendar made, ' : ''}${counts.created} created, ${counts.updated} updated, ` +
        `${counts.unchanged} unchanged, ${counts.deleted} deleted${counts.conflicts.length ? `, ${plural(counts.conflicts.length, 'conflict')}` : ''} → ${shown.href}\n`,
    );
    return counts.conflicts.length > 0 ? 1 : 0;
  },
};
