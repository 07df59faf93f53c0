// Two independent iCalendar readers as test oracles: Debian's python3-icalendar (with
// python3-dateutil expanding RRULEs, as khal does) and `khal printics`, in throwaway folders.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PYTHON = '/usr/bin/python3';

/** Whether a tool runs here; skipped (with a reason) only outside CI. */
export interface Availability {
  run: boolean;
  reason: string;
}

function availability(probe: () => void, what: string, pkg: string): Availability {
  try {
    probe();
    return { run: true, reason: '' };
  } catch {
    if (process.env.CI) throw new Error(`${what} is missing; CI must install ${pkg} (.ci/run)`);
    return {
      run: false,
      reason: `${what} tests skipped: ${what} is missing (apt-get install -y ${pkg}; required in CI)`,
    };
  }
}

/** Debian's python3-icalendar under /usr/bin/python3. */
export function pythonIcalendarAvailability(): Availability {
  return availability(
    () => execFileSync(PYTHON, ['-c', 'import icalendar, dateutil'], { stdio: 'pipe' }),
    'python3-icalendar',
    'python3-icalendar',
  );
}

/** khal (Debian `khal`). */
export function khalAvailability(): Availability {
  return availability(() => execFileSync('khal', ['--version'], { stdio: 'pipe' }), 'khal', 'khal');
}

/** One VEVENT or VTODO as python-icalendar reads it. */
export interface ParsedComponent {
  type: 'VEVENT' | 'VTODO';
  uid: string;
  summary: string;
  description: string | null;
  /** ISO date (`2026-12-01`) or datetime (`2026-12-01T14:30:00`) of DTSTART, DTEND, DUE. */
  dtstart: string | null;
  dtend: string | null;
  due: string | null;
  duration: string | null;
  status: string | null;
  priority: number | null;
  categories: string[];
  rrule: string | null;
  /** The first occurrences (dateutil's expansion of DTSTART, or DUE, with RRULE, RDATE and EXDATE), ISO. */
  occurrences: string[];
  /** Each VALARM's ACTION and TRIGGER (as python's timedelta, `-30 days, 0:00:00`). */
  alarms: { action: string; trigger: string }[];
  /** Parse errors python-icalendar recorded on the component (it is lenient: it records, not throws). */
  errors: string[];
}

/** The calendar as python-icalendar reads it. */
export interface ParsedCalendar {
  version: string;
  prodid: string;
  errors: string[];
  components: ParsedComponent[];
}

const SCRIPT = String.raw`
import sys, json, datetime
import icalendar
from dateutil.rrule import rrulestr
count = int(sys.argv[1])
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
def iso(p):
    return None if p is None else p.dt.isoformat()
def as_dt(d):
    return d if isinstance(d, datetime.datetime) else datetime.datetime(d.year, d.month, d.day)
def text(v):
    return None if v is None else str(v)
out = []
for c in cal.walk():
    if c.name not in ('VEVENT', 'VTODO'):
        continue
    start = c.get('DTSTART') or c.get('DUE')
    occ = []
    if start is not None and c.get('RRULE') is not None:
        rule = c.get('RRULE').to_ical().decode()
        rs = rrulestr(rule, dtstart=as_dt(start.dt), forceset=True)
        for prop, add in (('EXDATE', rs.exdate), ('RDATE', rs.rdate)):
            ex = c.get(prop)
            for e in (ex if isinstance(ex, list) else [ex] if ex is not None else []):
                for d in e.dts:
                    add(as_dt(d.dt))
        for i, d in enumerate(rs):
            if i >= count:
                break
            occ.append(d.date().isoformat() if not isinstance(start.dt, datetime.datetime) else d.isoformat())
    cats = []
    cp = c.get('CATEGORIES')
    for cv in (cp if isinstance(cp, list) else [cp] if cp is not None else []):
        cats.extend(str(x) for x in cv.cats)
    out.append({
        'type': c.name, 'uid': str(c.get('UID')), 'summary': str(c.get('SUMMARY')),
        'description': text(c.get('DESCRIPTION')),
        'dtstart': iso(c.get('DTSTART')), 'dtend': iso(c.get('DTEND')), 'due': iso(c.get('DUE')),
        'duration': None if c.get('DURATION') is None else str(c.get('DURATION').dt),
        'status': text(c.get('STATUS')),
        'priority': None if c.get('PRIORITY') is None else int(c.get('PRIORITY')),
        'categories': cats,
        'rrule': None if c.get('RRULE') is None else c.get('RRULE').to_ical().decode(),
        'occurrences': occ,
        'alarms': [{'action': str(a.get('ACTION')), 'trigger': str(a.get('TRIGGER').dt)} for a in c.subcomponents if a.name == 'VALARM'],
        'errors': [str(e) for e in getattr(c, 'errors', [])],
    })
print(json.dumps({'version': str(cal.get('VERSION')), 'prodid': str(cal.get('PRODID')),
    'errors': [str(e) for e in getattr(cal, 'errors', [])], 'components': out}))
`;

/** Reads an iCalendar text with python-icalendar; `occurrences` expands up to that many dates per RRULE. */
export function parseWithPython(ics: string, occurrences = 6): ParsedCalendar {
  const out = execFileSync(PYTHON, ['-c', SCRIPT, String(occurrences)], {
    input: ics,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as ParsedCalendar;
}

/** One event as `khal printics` prints it. */
export interface KhalEvent {
  uid: string;
  title: string;
  start: string;
  end: string;
  repeat: string;
  alarm: boolean;
  description: string;
}

/** Events of an iCalendar text as `khal printics` reads them (khal ignores VTODO), with its "N events found" count. */
export function khalPrintics(ics: string): { found: number; events: KhalEvent[] } {
  const dir = mkdtempSync(join(tmpdir(), 'vault-stack-khal-'));
  try {
    const config = join(dir, 'config');
    writeFileSync(
      config,
      [
        '[calendars]',
        '[[feed]]',
        `path = ${join(dir, 'calendar')}/`,
        '[locale]',
        'timeformat = %H:%M',
        'dateformat = %Y-%m-%d',
        'longdateformat = %Y-%m-%d',
        'datetimeformat = %Y-%m-%d %H:%M',
        'longdatetimeformat = %Y-%m-%d %H:%M',
        'local_timezone = UTC',
        'default_timezone = UTC',
        '',
      ].join('\n'),
    );
    const file = join(dir, 'feed.ics');
    writeFileSync(file, ics);
    const sep = '\u001f';
    const format = ['{uid}', '{title}', '{start}', '{end}', '{repeat-pattern}', '{alarm-symbol}', '{description}'].join(
      sep,
    );
    const out = execFileSync('khal', ['-c', config, 'printics', '--format', format, file], {
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir, TZ: 'UTC' },
    });
    const [head = '', ...rest] = out.split('\n');
    const found = Number(/^(\d+) events? found/.exec(head)?.[1] ?? NaN);
    // A description may hold newlines: each event starts with a UID, so lines without a separator continue one.
    const records: string[] = [];
    for (const line of rest) {
      if (line.includes(sep)) records.push(line);
      else if (records.length > 0 && line !== '') records[records.length - 1] += `\n${line}`;
    }
    const events = records.map((r) => {
      const [uid = '', title = '', start = '', end = '', repeat = '', alarm = '', description = ''] = r.split(sep);
      return { uid, title, start, end, repeat, alarm: alarm.trim() !== '', description };
    });
    return { found, events };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
