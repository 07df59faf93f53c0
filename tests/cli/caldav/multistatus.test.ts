import { describe, expect, it } from '@jest/globals';
import { parseMultistatus } from '../../../src/cli/caldav/multistatus';

describe('parseMultistatus', () => {
  it('reads hrefs, ETags, resource types and calendar data under any namespace prefix', () => {
    const xml = `<?xml version="1.0"?>
<D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:response><D:href>/alice/tasks/</D:href>
    <D:propstat><D:prop><D:resourcetype><D:collection/><C:calendar /></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
  </D:response>
  <response xmlns="DAV:"><href>/alice/tasks/a%20b.ics</href>
    <propstat><prop><getetag>&quot;e1&quot;</getetag><C:calendar-data>BEGIN:VCALENDAR&#13;
SUMMARY:a &amp; b&#13;
END:VCALENDAR</C:calendar-data></prop><status>HTTP/1.1 200 OK</status></propstat>
    <propstat><prop><displayname/></prop><status>HTTP/1.1 404 Not Found</status></propstat>
  </response>
</D:multistatus>`;
    expect(parseMultistatus(xml)).toEqual([
      { href: '/alice/tasks/', resourceTypes: ['collection', 'calendar'] },
      {
        href: '/alice/tasks/a%20b.ics',
        etag: '"e1"',
        resourceTypes: [],
        calendarData: 'BEGIN:VCALENDAR\r\nSUMMARY:a & b\r\nEND:VCALENDAR',
      },
    ]);
  });
});
