// Python's html.parser (Debian's /usr/bin/python3) as an independent reader of Netscape bookmark files.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHON = '/usr/bin/python3';

/** Whether /usr/bin/python3 is here; skipped (with a reason) only outside CI. */
export function pythonAvailability(): { run: boolean; reason: string } {
  if (existsSync(PYTHON)) return { run: true, reason: '' };
  if (process.env.CI)
    throw new Error('/usr/bin/python3 is missing; CI must install python3 for the bookmark export tests');
  return {
    run: false,
    reason: 'Python bookmark tests skipped: /usr/bin/python3 is missing (apt-get install -y python3)',
  };
}

/** One bookmark as Python's html.parser saw it: attributes (lower-case names, decoded values), text, folder path. */
export interface PythonBookmark {
  attrs: Record<string, string>;
  title: string;
  folders: string[];
  description: string | null;
}

// Tracks <H3> names and <DL> nesting like Firefox's importer; a <DD> runs to the next tag.
const SCRIPT = String.raw`
import json, sys
from html.parser import HTMLParser

class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.pending, self.out = [], None, []
        self.mode, self.buf, self.last = None, '', None
    def end(self):
        if self.mode == 'a':
            self.last['title'] = self.buf.strip()
        elif self.mode == 'h3':
            self.pending = self.buf.strip()
        elif self.mode == 'dd' and self.last is not None:
            self.last['description'] = self.buf.strip()
        self.mode, self.buf = None, ''
    def handle_starttag(self, tag, attrs):
        self.end()
        if tag == 'dl':
            self.stack.append(self.pending); self.pending = None
        elif tag == 'a':
            self.last = {'attrs': {k: v for k, v in attrs}, 'title': '', 'description': None,
                         'folders': [f for f in self.stack if f]}
            self.out.append(self.last); self.mode = 'a'
        elif tag == 'h3':
            self.mode = 'h3'; self.last = None
        elif tag == 'dd':
            self.mode = 'dd'
    def handle_endtag(self, tag):
        if tag in ('a', 'h3'):
            self.end()
        elif tag == 'dl':
            self.end(); self.stack.pop()
    def handle_data(self, data):
        if self.mode:
            self.buf += data

r = Reader()
r.feed(sys.stdin.read())
r.close()
r.end()
json.dump(r.out, sys.stdout)
`;

/** Reads a bookmark file with Python's html.parser. */
export function pythonReadBookmarks(html: string): PythonBookmark[] {
  const r = spawnSync(PYTHON, ['-c', SCRIPT], { input: html, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as PythonBookmark[];
}
