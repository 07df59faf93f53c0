import { describe, it } from '@jest/globals';
import { groupOf, type BaseRow } from '../../src/core/bases/BaseRow';
import { buildBaseTimeReport } from '../../src/core/bases/timeReportModel';
import { ItemIndex } from '../../src/core/index/ItemIndex';
import { readNote } from '../../src/core/notes/readNote';
import { BaseTimeReportRenderer } from '../../src/views/bases/renderBaseTimeReport';
import { StaticElement } from '../../src/views/dom/StaticElement';
import { verifyApproved } from '../support/verifyApproved';

const NOTES: Record<string, string> = {
  'Work/Write report.md':
    '---\nstack: task\nproject: Quarterly\ntags: [work]\ntime:\n  - 2026-11-23T09:00/2026-11-23T11:00\n---\n',
  'Work/Evil.md':
    '---\nstack: task\ntitle: "<img src=x onerror=alert(1)>"\ntime: [2026-11-27T14:00/2026-11-27T14:30]\n---\n',
  'Work/Week.md':
    '- [ ] Call the bank #admin\n    - ⏱ 2026-11-26T10:00/2026-11-26T10:45\n    - ⏱ 2026-11-28T09:00/..\n',
};

/** The Time report as its HTML, for a person to read: every grouping over the same notes, a timer running. */
describe('the Bases Time report (approved)', () => {
  it('renders each grouping as text, with the running timer marked', () => {
    const index = new ItemIndex();
    for (const [path, text] of Object.entries(NOTES)) index.upsert(path, readNote(path, text));
    const rows: BaseRow[] = Object.keys(NOTES).map((path) => ({
      path,
      title: index.get(path)?.title ?? path,
      value: () => undefined,
      item: index.get(path),
    }));
    const pages = (['item', 'project', 'tag', 'week'] as const).map((by) => {
      const model = buildBaseTimeReport([groupOf(null, rows)], {
        by,
        period: by === 'week' ? 'last-30-days' : 'all',
        today: '2026-11-28',
        now: '2026-11-28T09:30',
        inlineTasks: (path) => index.inlineTasks(path),
      });
      const root = new StaticElement('div');
      new BaseTimeReportRenderer({}).render(root, model);
      return `<!-- by ${by} -->\n${root.toHtml().replace(/></g, '>\n<')}`;
    });
    verifyApproved('bases-time-report', `${pages.join('\n\n')}\n`, 'html');
  });
});
