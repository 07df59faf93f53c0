import { Notice, type Command } from 'obsidian';
import type { PluginContext } from '../obsidian/PluginContext';
import type { VerifyRun } from '../obsidian/observe/StackVerifier';
import { reportFailure } from '../obsidian/reportFailure';
import { refusal } from '../core/model/Refusal';

/** Checks the declared stack against the world now (health, certificates, domains, backups, secrets, links); the dashboard shows the result. */
export function verifyStackNowCommand(ctx: PluginContext): Command {
  return {
    id: 'verify-stack-now',
    name: 'Verify stack now',
    callback: () => {
      const { verifier } = ctx.observation;
      if (verifier.busy) {
        new Notice('Verifying the stack already…');
        return;
      }
      new Notice('Verifying the stack…');
      verifier.run().then(
        (run) => new Notice(verifySummary(run)),
        (error: unknown) =>
          reportFailure(
            'Could not verify the stack',
            refusal('VERIFY_FAILED', error instanceof Error ? error.message : String(error)),
          ),
      );
    },
  };
}

/** `12 checks: 9 ok, 2 failed, 1 unknown; 3 notes drifted (see the dashboard); 1 notification sent`. */
export function verifySummary(run: VerifyRun): string {
  const count = (status: string): number => run.observations.filter((o) => o.status === status).length;
  const checks = run.observations.length;
  const parts = [
    `${checks} check${checks === 1 ? '' : 's'}: ${count('ok')} ok, ${count('failed')} failed, ${count('unknown')} unknown`,
    run.drifts.length === 0
      ? 'no drift'
      : `${run.drifts.length} field${run.drifts.length === 1 ? '' : 's'} drifted (see the dashboard)`,
  ];
  if (run.notified) {
    const sent = run.notified.sent.length;
    parts.push(`${sent} notification${sent === 1 ? '' : 's'} sent`);
    for (const failure of run.notified.failures) parts.push(failure);
  }
  return parts.join('; ');
}
