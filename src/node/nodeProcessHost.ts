import type { ProcessHost, ProcessResult, RunOptions } from '../core/observe/ProcessHost';

/**
 * The Node modules the host uses, passed in so this file loads no builtin itself: the CLI imports
 * them, the plugin requires them on desktop only (mobile has none).
 */
export interface NodeModules {
  spawn: typeof import('node:child_process').spawn;
  access: typeof import('node:fs/promises').access;
  readFile: typeof import('node:fs/promises').readFile;
}

/** The most of a process's stdout or stderr kept; the rest is dropped (listings are small). */
const OUTPUT_CAP = 8 * 1024 * 1024;

/**
 * The Node implementation of the observers' process host: programs run without a shell, stdin
 * closed unless asked (nothing can prompt), killed at their time limit; files probed with fs; local time from
 * the machine's zone. Shared by the CLI and the desktop plugin.
 */
export function nodeProcessHost(
  modules: NodeModules,
  baseEnv: Readonly<Record<string, string | undefined>>,
): ProcessHost {
  const { access, readFile } = modules;
  return {
    run: (command, args, options) => runProcess(modules.spawn, command, args, baseEnv, options),
    exists: async (path) => {
      try {
        await access(path);
        return true;
      } catch {
        return false;
      }
    },
    readText: async (path) => {
      try {
        return await readFile(path, 'utf8');
      } catch {
        return null;
      }
    },
    localTime: (epochMs) => localTimeOf(new Date(epochMs)),
  };
}

/** The local `YYYY-MM-DDTHH:mm:ss` of a clock reading. */
export function localTimeOf(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** The environment a child gets: the base with the changes applied (`undefined` removes). */
export function childEnv(
  base: Readonly<Record<string, string | undefined>>,
  changes: Readonly<Record<string, string | undefined>> = {},
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...base, ...changes })) if (value !== undefined) env[name] = value;
  return env;
}

function runProcess(
  spawn: NodeModules['spawn'],
  command: string,
  args: readonly string[],
  baseEnv: Readonly<Record<string, string | undefined>>,
  options: RunOptions = {},
): Promise<ProcessResult> {
  return new Promise((resolvePromise) => {
    const signal = options.timeoutMs === undefined ? undefined : AbortSignal.timeout(options.timeoutMs);
    const child = spawn(command, [...args], {
      env: childEnv(baseEnv, options.env),
      stdio: [options.inheritStdin ? 'inherit' : 'ignore', 'pipe', 'pipe'],
      ...(signal ? { signal, killSignal: 'SIGTERM' as const } : {}),
    });
    const stdout = collect(child.stdout, (text) => options.echo?.('stdout', text));
    const stderr = collect(child.stderr, (text) => options.echo?.('stderr', text));
    let failure: string | undefined;
    child.on('error', (error: Error & { code?: string }) => {
      if (signal?.aborted) failure = `timed out after ${Math.round((options.timeoutMs ?? 0) / 1000)} s`;
      else failure = error.code === 'ENOENT' ? `${command} is not installed (not found on PATH)` : error.message;
    });
    child.on('close', (code, killedBy) => {
      if (failure === undefined && code === null) failure = `killed by ${killedBy ?? 'a signal'}`;
      resolvePromise({
        code: failure === undefined ? code : null,
        stdout: stdout(),
        stderr: stderr(),
        ...(failure === undefined ? {} : { failure }),
      });
    });
  });
}

/** Gathers a stream's text up to the cap, passing each piece to `echo` as it comes. */
function collect(
  stream: { on(event: 'data', listener: (chunk: Uint8Array) => void): unknown },
  echo: (text: string) => void,
): () => string {
  const chunks: Uint8Array[] = [];
  const decoder = new TextDecoder();
  let size = 0;
  stream.on('data', (chunk) => {
    echo(decoder.decode(chunk, { stream: true }));
    if (size >= OUTPUT_CAP) return;
    chunks.push(chunk);
    size += chunk.length;
  });
  return () => {
    const all = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return new TextDecoder().decode(all);
  };
}
