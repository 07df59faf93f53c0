/** One `<response>` of a WebDAV multistatus: its href and the properties the publish reads. */
export interface DavEntry {
  href: string;
  etag?: string;
  /** The names (without prefix) inside `<resourcetype>`: `collection`, `calendar`. */
  resourceTypes: string[];
  calendarData?: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character data with its entities and CDATA sections decoded. */
function xmlText(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, cdata: string) => cdata.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name] ?? whole;
    });
}

/** The content of the first element with this local name (any namespace prefix), or undefined. */
function element(xml: string, name: string): string | undefined {
  const m = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>)`).exec(xml);
  return m ? (m[1] ?? '') : undefined;
}

/**
 * The responses of a `207 Multi-Status` body (RFC 4918 §13), read by local element names so any
 * namespace prefix (`D:`, `d:`, none) works. Only the properties found with a 200 propstat count.
 * This reads what CalDAV servers send; it is not a general XML parser.
 */
export function parseMultistatus(xml: string): DavEntry[] {
  const out: DavEntry[] = [];
  const responses = xml.split(/<(?:[\w.-]+:)?response[\s>]/).slice(1);
  for (const response of responses) {
    const href = element(response, 'href');
    if (href === undefined) continue;
    const entry: DavEntry = { href: xmlText(href.trim()), resourceTypes: [] };
    for (const propstat of response.split(/<(?:[\w.-]+:)?propstat[\s>]/).slice(1)) {
      const status = element(propstat, 'status') ?? '';
      if (!/\s200\s/.test(`${status} `)) continue;
      const etag = element(propstat, 'getetag');
      if (etag !== undefined && etag.trim() !== '') entry.etag = xmlText(etag.trim());
      const types = element(propstat, 'resourcetype');
      if (types !== undefined)
        entry.resourceTypes = [...types.matchAll(/<(?:[\w.-]+:)?([\w.-]+)[\s/>]/g)].map((m) => m[1] ?? '');
      const data = element(propstat, 'calendar-data');
      if (data !== undefined) entry.calendarData = xmlText(data);
    }
    out.push(entry);
  }
  return out;
}
