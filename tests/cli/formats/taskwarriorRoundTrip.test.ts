import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAsync } from '../../../src/cli/run';
import { loadVault } from '../../../src/cli/vault/loadVault';
import { readLink } from '../../../src/core/kinds/fields/wikilink';
import { taskStates } from '../../../src/core/index/taskStates';
import { Taskwarrior, taskwarriorAvailability, taskwarriorDate } from '../../support/taskwarrior';
import { MemoryIo } from '../support/MemoryIo';
import { TempVault } from '../support/TempVault';

/*
 * Round trips with the real Taskwarrior 2.6 (Debian `taskwarrior`) in a throwaway TASKRC/TASKDATA,
 * in a time zone away from UTC (vault dates are local, Taskwarrior's UTC). Expected local dates come
 * from Taskwarrior itself (`task _get <uuid>.due` prints local time), not from our conversion.
 */
const tw = taskwarriorAvailability();
const describeTw = tw.run ? describe : describe.skip;
if (!tw.run) console.warn(tw.reason);

const ZONE = 'America/New_York';
const FIELDS = [
  'uuid',
  'description',
  'status',
  'entry',
  'start',
  'wait',
  'due',
  'scheduled',
  'end',
  'priority',
  'project',
];

type TwJson = Record<string, unknown> & { uuid: string; description: string; status: string; urgency: number };

async function cli(vault: TempVault, argv: string[]): Promise<MemoryIo> {
  const io = new MemoryIo(vault.root);
  io.env = { ...io.env, TZ: ZONE };
  const code = await runAsync([...argv, '--no-cache'], io);
  if (code > 1) throw new Error(`vault-stack ${argv.join(' ')} exited ${code}: ${io.err}`);
  return io;
}

/** ZONE's wall clock at `date`, to the second, as `formatToParts` gives it. */
const ZONE_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** One field of ZONE's wall clock at `date` (`year`, `month`, … `second`). */
function zonePart(date: Date): (type: string) => string {
  const parts = ZONE_CLOCK.formatToParts(date);
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}

/** How far ZONE's wall clock is ahead of UTC at `date` (negative west of Greenwich), in ms. */
function zoneOffsetMs(date: Date): number {
  const n = (type: string): number => Number(zonePart(date)(type));
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return wall - Math.floor(date.getTime() / 1000) * 1000;
}

/** `days` whole days from `date` in ZONE: the same wall-clock time, across a change of daylight saving time too. */
function zoneDaysFrom(date: Date, days: number): Date {
  const shifted = new Date(date.getTime() + days * 86_400_000);
  return new Date(shifted.getTime() + zoneOffsetMs(date) - zoneOffsetMs(shifted));
}

/** The day and minute in ZONE, the vault's local time in these tests. */
function zoneMoment(date: Date): { today: string; now: string } {
  const part = zonePart(date);
  const today = `${part('year')}-${part('month')}-${part('day')}`;
  return { today, now: `${today}T${part('hour')}:${part('minute')}` };
}

/** `2026-12-04T14:30:00` (Taskwarrior's local rendering) as a vault date: plain at midnight, minutes otherwise. */
function vaultDate(local: string): string {
  return local.endsWith('T00:00:00') ? local.slice(0, 10) : local.slice(0, 16);
}

describeTw('Taskwarrior round trips (real task 2.6)', () => {
  const savedTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = ZONE;
  });
  afterAll(() => {
    process.env.TZ = savedTz;
  });

  it('our export imported by `task import` keeps every field, and importing it again adds nothing', async () => {
    const vault = new TempVault();
    const task = new Taskwarrior();
    try {
      vault
        .note('Tasks/Pay rent.md', [
          'stack: task',
          'created: 2026-11-20',
          'due: 2026-12-05',
          'priority: high',
          'tags: [home, money]',
          'project: Home',
        ])
        .note('Tasks/Call plumber.md', [
          'stack: task',
          'created: 2026-11-01T08:15',
          'status: doing',
          'due: 2026-12-04T14:30',
          'scheduled: 2026-12-03',
          'start: 2026-12-02',
          'priority: medium',
          'project: "[[Projects/House]]"',
          'depends: ["[[Pay rent]]"]',
        ])
        .note('Tasks/File taxes.md', ['stack: task', 'status: done', 'done: 2026-11-30', 'priority: low'])
        .note('Tasks/Old idea.md', ['stack: task', 'status: cancelled', 'done: 2026-11-15'])
        .note('Tasks/Water plants.md', ['stack: task', 'every: week', 'due: 2026-12-06'])
        .note('Tasks/Renew cert.md', ['stack: task', 'uuid: 296d835e-8f85-4224-8f36-c612cad1b9f8', 'due: 2026-12-20'])
        .note('Projects/House.md', ['stack: service']);
      const out = join(vault.root, '..', `${vault.root.split('/').pop()}.json`);
      await cli(vault, ['export', 'taskwarrior', vault.root, '--out', out]);
      const ours = JSON.parse(readFileSync(out, 'utf8')) as TwJson[];
      expect(ours).toHaveLength(6);

      const added = task.run(['import', out]);
      expect(added.match(/ add /g)).toHaveLength(6);
      const theirs = new Map((JSON.parse(task.run(['export'])) as TwJson[]).map((t) => [t.uuid, t]));
      expect(theirs.size).toBe(6);
      for (const mine of ours) {
        const back = theirs.get(mine.uuid);
        expect(back).toBeDefined();
        for (const field of FIELDS.filter((f) => mine[f] !== undefined))
          expect([mine.description, field, back?.[field]]).toEqual([mine.description, field, mine[field]]);
        expect(new Set(back?.tags as string[] | undefined)).toEqual(new Set(mine.tags as string[] | undefined));
        expect(new Set(back?.depends as string[] | undefined)).toEqual(new Set(mine.depends as string[] | undefined));
        expect(back).not.toHaveProperty('recur');
        expect(back).not.toHaveProperty('mask');
      }
      // Taskwarrior's own local reading of the dates is the vault's.
      const byTitle = new Map(ours.map((t) => [t.description, t.uuid]));
      const get = (title: string, attr: string): string => task.run(['_get', `${byTitle.get(title)}.${attr}`]).trim();
      expect(get('Pay rent', 'due')).toBe('2026-12-05T00:00:00');
      expect(get('Call plumber', 'due')).toBe('2026-12-04T14:30:00');
      expect(get('Call plumber', 'wait')).toBe('2026-12-02T00:00:00');
      expect(get('Call plumber', 'depends')).toBe(byTitle.get('Pay rent'));
      expect(get('Call plumber', 'start')).toBe('2026-11-01T08:15:00');
      expect(get('File taxes', 'status')).toBe('completed');
      expect(get('File taxes', 'end')).toBe('2026-11-30T00:00:00');
      expect(get('Old idea', 'status')).toBe('deleted');
      expect(get('Water plants', 'status')).toBe('pending');
      expect(get('Renew cert', 'description')).toBe('Renew cert');
      expect(get('Pay rent', 'project')).toBe('Home');
      expect(get('Call plumber', 'project')).toBe('House');

      const again = task.run(['import', out]);
      expect(again).not.toContain(' add ');
      expect(JSON.parse(task.run(['export']))).toHaveLength(6);
    } finally {
      task.dispose();
      vault.remove();
    }
  });

  it('`task export` imported by us keeps every field, and again changes nothing', async () => {
    const vault = new TempVault();
    const task = new Taskwarrior();
    try {
      const add = (args: string[]): string => {
        task.run(['add', ...args]);
        return task.run(['+LATEST', '_uuids']).trim();
      };
      const rent = add(['Pay rent', 'due:2026-12-05', 'priority:H', 'project:Home', '+home', '+money']);
      add([
        'Call plumber',
        'due:2026-12-04T14:30',
        'scheduled:2026-12-03',
        'wait:2026-12-02',
        'priority:M',
        `depends:${rent}`,
      ]);
      const taxes = add(['File taxes', 'priority:L']);
      task.run([taxes, 'done']);
      const idea = add(['Old idea']);
      task.run([idea, 'delete']);
      const started = add(['Start the garden', '+next']);
      task.run([started, 'start']);
      add(['Water plants', 'due:2026-12-06', 'recur:weekly']);
      const json = task.run(['export']);
      const tasks = JSON.parse(json) as TwJson[];
      const file = join(vault.root, '..', `${vault.root.split('/').pop()}.json`);
      writeFileSync(file, json);

      const io = await cli(vault, ['import', 'taskwarrior', file, vault.root]);
      expect(io.err).toContain('left out 1 recurring template');
      const loaded = loadVault(io, { vault: vault.root, cache: false, toolVersion: 'test' });
      const notes = new Map(loaded.index.byKind('task').map((item) => [String(item.frontmatter.uuid), item] as const));
      const plain = tasks.filter((t) => t.status !== 'recurring');
      expect(notes.size).toBe(plain.length);
      const local = (uuid: string, attr: string): string => task.run(['_get', `${uuid}.${attr}`]).trim();
      const STATUS: Record<string, string> = { pending: 'todo', completed: 'done', deleted: 'cancelled' };
      for (const t of plain) {
        const fm = notes.get(t.uuid)?.frontmatter ?? {};
        expect(fm.title).toBe(t.description);
        expect(fm.status).toBe(t.start !== undefined && t.status === 'pending' ? 'doing' : STATUS[t.status]);
        expect(fm.created).toBe(vaultDate(local(t.uuid, 'entry')).slice(0, 16));
        for (const [ours, theirs] of [
          ['due', 'due'],
          ['scheduled', 'scheduled'],
          ['start', 'wait'],
        ] as const)
          expect([t.description, ours, fm[ours]]).toEqual([
            t.description,
            ours,
            t[theirs] === undefined ? undefined : vaultDate(local(t.uuid, theirs)),
          ]);
        expect(fm.done).toBe(t.end === undefined ? undefined : local(t.uuid, 'end').slice(0, 10));
        expect(fm.priority).toBe(
          t.priority === undefined ? undefined : { H: 'high', M: 'medium', L: 'low' }[t.priority as string],
        );
        expect(fm.project).toBe(t.project);
        expect(new Set(fm.tags as string[])).toEqual(new Set((t.tags as string[] | undefined) ?? []));
        const links = ((fm.depends as string[] | undefined) ?? []).map((l) => {
          const path = loaded.index.resolve(readLink(l)?.target ?? '', notes.get(t.uuid)?.path);
          return path === null ? undefined : loaded.index.get(path)?.frontmatter.uuid;
        });
        expect(links).toEqual(t.depends ?? []);
        expect(fm.every).toBe(t.recur === undefined ? undefined : 'week');
      }

      const again = await cli(vault, ['import', 'taskwarrior', file, vault.root]);
      expect(again.lines().every((l) => l.startsWith('unchanged '))).toBe(true);
      expect(again.lines()).toHaveLength(plain.length);
    } finally {
      task.dispose();
      vault.remove();
    }
  });

  // Our urgency counts calendar days where Taskwarrior counts seconds (src/core/kinds/taskUrgency.ts), so the
  // dates here sit whole days from now, as in tests/core/kinds/taskwarriorUrgency.test.ts: whole local days (the
  // same wall-clock time in ZONE), else an entry before the end of daylight saving time fell on the next
  // calendar day whenever the test ran in the last hour before local midnight (age then off by a day, 0.005).
  it('urgency of tasks read from `task export` agrees with task to 3 decimals', async () => {
    const vault = new TempVault();
    const task = new Taskwarrior();
    try {
      const now = new Date();
      const at = (days: number): string => taskwarriorDate(zoneDaysFrom(now, days));
      const uuid = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const cases: Record<string, unknown>[] = [];
      const tagSets = [['next'], ['a', 'b'], ['a', 'b', 'c'], []];
      const dues = [undefined, 21, -10, 3];
      for (const [i, tags] of tagSets.entries())
        for (const [j, due] of dues.entries()) {
          const n = cases.length;
          cases.push({
            uuid: uuid(n),
            description: `t${n}`,
            status: 'pending',
            entry: at(-((i * 53 + j * 17) % 400)),
            ...(tags.length > 0 ? { tags } : {}),
            ...(due === undefined ? {} : { due: at(due) }),
            ...(n % 3 === 0 ? { priority: ['H', 'M', 'L'][n % 9 === 0 ? 0 : 1] } : {}),
            ...(n % 2 === 0 ? { project: 'Home' } : {}),
          });
        }
      cases.push({ uuid: uuid(90), description: 'active', status: 'pending', entry: at(-5), start: at(0) });
      cases.push({ uuid: uuid(91), description: 'scheduled', status: 'pending', entry: at(-1), scheduled: at(-1) });
      cases.push({ uuid: uuid(92), description: 'waiting', status: 'pending', entry: at(-2), wait: at(7) });
      cases.push({ uuid: uuid(93), description: 'blocker', status: 'pending', entry: at(-3) });
      cases.push({ uuid: uuid(94), description: 'blocked', status: 'pending', entry: at(-3), depends: [uuid(93)] });
      task.import(cases);
      const json = task.run(['export']);
      const file = join(vault.root, '..', `${vault.root.split('/').pop()}.json`);
      writeFileSync(file, json);
      const io = await cli(vault, ['import', 'taskwarrior', file, vault.root]);
      const loaded = loadVault(io, { vault: vault.root, cache: false, toolVersion: 'test' });
      const { today, now: minute } = zoneMoment(now);
      const states = taskStates(loaded.index, today, minute);
      const pathOf = new Map(loaded.index.byKind('task').map((i) => [String(i.frontmatter.uuid), i.path] as const));
      const exported = JSON.parse(json) as TwJson[];
      expect(exported).toHaveLength(cases.length);
      for (const t of exported) {
        const ours = states.get(pathOf.get(t.uuid) ?? '')?.urgency ?? NaN;
        // Ours is rounded to 3 decimals: it may differ from Taskwarrior's by half a unit of the third decimal.
        expect([t.description, Math.abs(ours - t.urgency) <= 0.0005 + 1e-6]).toEqual([t.description, true]);
      }
    } finally {
      task.dispose();
      vault.remove();
    }
  });
});
