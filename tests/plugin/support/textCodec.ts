// Jest's jsdom environment has no TextEncoder/TextDecoder, which Obsidian's Electron window has and
// the git layer and the CLI's reader use at load: give the window Node's (before the plugin loads).
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

const scope = window as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
scope.TextEncoder ??= NodeTextEncoder;
scope.TextDecoder ??= NodeTextDecoder;
