/** Notes whose titles, tags, URLs and values carry HTML and script payloads (YAML per path). */
export const HOSTILE_VAULT: Record<string, string> = {
  'Tasks/Img.md':
    'stack: task\ntitle: "<img src=x onerror=\\"window.__pwned=1\\">"\ndue: 2026-11-27\ntags: ["<b>tag</b>"]',
  'Habits/Script.md': 'stack: habit\ntitle: "<script>window.__pwned=2</script>"\ngoal: daily\nlog: [2026-11-27]',
  'Reading/Js link.md': 'stack: bookmark\nurl: "javascript:alert(1)"\ntitle: Js link',
  'Reading/Data link.md':
    'stack: bookmark\nurl: "https://example.com/?q=<script>alert(1)</script>"\ntitle: "\\"><svg onload=alert(1)>"',
  'Infra/Services/Evil.md':
    'stack: service\ntitle: "<a href=\\"javascript:alert(1)\\">click</a>"\nurl: "javascript:alert(1)"\nhost: "[[<iframe src=javascript:alert(1)>]]"',
  'Notes/Plain.md': 'stack: kind\nname: snippet\nfields:\n  link: string',
  'Notes/Snippet.md': 'stack: snippet\ntitle: "<style>body{display:none}</style>"\nlink: "javascript:alert(1)"',
};

/** Payload markers: none of these may appear as an element or attribute after rendering. */
export const PAYLOAD_SELECTOR = 'img, script, svg, iframe, style, b, [onerror], [onload], a[href^="javascript"]';
