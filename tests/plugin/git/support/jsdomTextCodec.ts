// jsdom (the DOM for status bar and modals) lacks TextEncoder/TextDecoder, which Obsidian's
// Electron renderer has; give the test window node's. Import before anything that uses them.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

const g = window as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
g.TextEncoder ??= NodeTextEncoder;
g.TextDecoder ??= NodeTextDecoder;
