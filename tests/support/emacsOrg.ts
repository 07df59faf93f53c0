// Debian's Emacs (`emacs-nox`) reading an Org file with org-element, as a test oracle.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether `emacs` is on PATH; skipped (with a reason) only outside CI. */
export function emacsAvailability(): { run: boolean; reason: string } {
  try {
    execFileSync('emacs', ['--version'], { stdio: 'pipe' });
    return { run: true, reason: '' };
  } catch {
    if (process.env.CI) throw new Error('`emacs` is missing; CI must install emacs-nox for the Org tests');
    return {
      run: false,
      reason: 'Org tests skipped: `emacs` is missing (apt-get install -y emacs-nox; required in CI)',
    };
  }
}

/** A timestamp as org-element reads it. */
export interface OrgTimestampRead {
  raw: string;
  date: string;
  time: string | null;
  repeaterType: string | null;
  repeaterValue: number | null;
  repeaterUnit: string | null;
}

/** One headline with a TODO keyword, as org-element reads it. */
export interface OrgTaskRead {
  title: string;
  keyword: string;
  todoType: string;
  priority: string | null;
  tags: string[];
  parent: string | null;
  id: string | null;
  scheduled: OrgTimestampRead | null;
  deadline: OrgTimestampRead | null;
  closed: OrgTimestampRead | null;
  clocks: string[];
}

const ELISP = `
(require 'org)
(require 'org-element)
(require 'json)
(setq org-todo-keywords '((sequence "TODO" "DONE")))

(defun vs-sym (s) (when s (symbol-name s)))

(defun vs-ts (x)
  (when x
    (list (cons 'raw (org-element-property :raw-value x))
          (cons 'date (format "%04d-%02d-%02d" (org-element-property :year-start x)
                              (org-element-property :month-start x) (org-element-property :day-start x)))
          (cons 'time (when (org-element-property :hour-start x)
                        (format "%02d:%02d" (org-element-property :hour-start x) (org-element-property :minute-start x))))
          (cons 'repeaterType (vs-sym (org-element-property :repeater-type x)))
          (cons 'repeaterValue (org-element-property :repeater-value x))
          (cons 'repeaterUnit (vs-sym (org-element-property :repeater-unit x))))))

(defun vs-clock (c)
  (concat (org-element-property :raw-value (org-element-property :value c)) " " (org-element-property :duration c)))

(defun vs-headline (h)
  (when (org-element-property :todo-keyword h)
    (let ((parent (org-element-property :parent h))
          (priority (org-element-property :priority h)))
      (list (cons 'title (org-element-property :raw-value h))
            (cons 'keyword (substring-no-properties (org-element-property :todo-keyword h)))
            (cons 'todoType (vs-sym (org-element-property :todo-type h)))
            (cons 'priority (when priority (char-to-string priority)))
            (cons 'tags (vconcat (mapcar #'substring-no-properties (org-element-property :tags h))))
            (cons 'parent (when (eq (org-element-type parent) 'headline) (org-element-property :raw-value parent)))
            (cons 'id (org-element-property :ID h))
            (cons 'scheduled (vs-ts (org-element-property :scheduled h)))
            (cons 'deadline (vs-ts (org-element-property :deadline h)))
            (cons 'closed (vs-ts (org-element-property :closed h)))
            (cons 'clocks (vconcat (org-element-map h 'clock #'vs-clock)))))))

(with-temp-buffer
  (insert-file-contents (car command-line-args-left))
  (org-mode)
  (princ (json-encode (vconcat (org-element-map (org-element-parse-buffer) 'headline #'vs-headline)))))
`;

/** The tasks org-element reads from an Org file, with Emacs's version. */
export function readOrgWithEmacs(file: string): OrgTaskRead[] {
  const dir = mkdtempSync(join(tmpdir(), 'vault-stack-org-'));
  try {
    const script = join(dir, 'read-org.el');
    writeFileSync(script, ELISP);
    const out = execFileSync('emacs', ['--batch', '-Q', '-l', script, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out) as OrgTaskRead[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const COMPLETE_ELISP = `
(require 'org)
(require 'org-element)
(require 'json)
(require 'cl-lib)
(setq org-log-done nil org-log-repeat nil org-todo-repeat-to-state nil)
(let* ((args command-line-args-left)
       (file (nth 0 args))
       (day (mapcar #'string-to-number (split-string (nth 1 args) "-")))
       (fake (encode-time 0 0 12 (nth 2 day) (nth 1 day) (nth 0 day)))
       (out nil))
  (with-temp-buffer
    (insert-file-contents file)
    (org-mode)
    (cl-letf (((symbol-function 'current-time) (lambda (&rest _) fake)))
      (goto-char (point-min))
      (while (re-search-forward "^\\\\*\\\\* TODO " nil t)
        (org-back-to-heading t)
        (org-todo "DONE")
        (let ((id (org-entry-get nil "ID"))
              (deadline (org-entry-get nil "DEADLINE"))
              (scheduled (org-entry-get nil "SCHEDULED")))
          (push (list (cons 'id id) (cons 'keyword (org-get-todo-state))
                      (cons 'deadline deadline) (cons 'scheduled scheduled)) out))
        (end-of-line))))
  (princ (json-encode (vconcat (nreverse out)))))
`;

/** One task after Org marked it DONE: a repeating one is back to TODO with its dates moved. */
export interface OrgCompleted {
  id: string;
  keyword: string;
  deadline: string | null;
  scheduled: string | null;
}

/** Marks every TODO headline of an Org file DONE in Emacs as if on `day` (YYYY-MM-DD), as Org's repeaters move them. */
export function completeWithEmacs(file: string, day: string): OrgCompleted[] {
  const dir = mkdtempSync(join(tmpdir(), 'vault-stack-org-'));
  try {
    const script = join(dir, 'complete-org.el');
    writeFileSync(script, COMPLETE_ELISP);
    const out = execFileSync('emacs', ['--batch', '-Q', '-l', script, file, day], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out) as OrgCompleted[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
