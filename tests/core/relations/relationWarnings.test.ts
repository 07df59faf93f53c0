import { describe, expect, test } from '@jest/globals';
import { ALL_RELATION_CHECKS, relationWarnings } from '../../../src/core/relations/relationWarnings';
import { indexWith, note } from '../index/indexBuilder';
import { loadExampleVault } from '../../support/exampleVault';

const stack = indexWith({
  'nas.md': note.device(),
  'bare.md': note.device(),
  'app.md': note.service({ host: '[[nas]]' }),
  'safe.md': note.service({ host: '[[nas]]' }),
  'db.md': note.service({ backup: '[[job]]' }),
  'job.md': note.backup({ covers: ['[[safe]]'] }),
  'idle.md': note.backup(),
  'token.md': note.secret(),
  'used.md': note.secret({ 'used-by': ['[[app]]'] }),
});

describe('relation warnings', () => {
  test('each relation problem is a warning on the field to fix, with the fix in words', () => {
    expect(relationWarnings(stack, ALL_RELATION_CHECKS).map((p) => [p.path, p.field, p.severity, p.message])).toEqual([
      [
        'app.md',
        'backup',
        'warning',
        'no backup covers this service; link one with `backup: "[[job]]"` or list the service in a backup\'s `covers`',
      ],
      [
        'idle.md',
        'covers',
        'warning',
        "this backup covers nothing; list what it backs up in `covers` (or link it from a service's `backup`)",
      ],
      [
        'nas.md',
        'bootstrap',
        'warning',
        '2 services run here but the device has no `bootstrap` steps; list how to set it up again under `bootstrap:`',
      ],
      [
        'token.md',
        'used-by',
        'warning',
        "nothing uses this secret; list its users in `used-by` or the secret in a service's `secrets` (or delete the note if the secret is retired)",
      ],
    ]);
  });

  test('each check can be switched off on its own', () => {
    const only = (off: keyof typeof ALL_RELATION_CHECKS): string[] =>
      relationWarnings(stack, { ...ALL_RELATION_CHECKS, [off]: false }).map((p) => p.path);

    expect(only('service-without-backup')).toEqual(['idle.md', 'nas.md', 'token.md']);
    expect(only('backup-covers-nothing')).toEqual(['app.md', 'nas.md', 'token.md']);
    expect(only('device-without-bootstrap')).toEqual(['app.md', 'idle.md', 'token.md']);
    expect(only('unused-secret')).toEqual(['app.md', 'idle.md', 'nas.md']);
  });

  test('the example vault has none of them', () => {
    expect(relationWarnings(loadExampleVault().index, ALL_RELATION_CHECKS)).toEqual([]);
  });
});
