import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import git from 'isomorphic-git';
import type { RequestUrlParam, RequestUrlResponse } from 'obsidian';
import { clone } from '../../src/git/remote/clone';
import { tokenAuth } from '../../src/git/remote/credentials';
import { pull } from '../../src/git/remote/pull';
import { push } from '../../src/git/remote/push';
import { RemoteError } from '../../src/git/remote/RemoteError';
import { requestUrlHttp } from '../../src/obsidian/requestUrlHttp';
import { vaultFs } from '../../src/obsidian/vaultFs';
import { App } from '../host/App';
import { sendOverLoopback } from '../support/loopbackRequest';
import {
  AUTHOR,
  GOOD,
  RemoteServer,
  type RemoteFixture,
  commitNotes,
  fsckStrict,
  porcelain,
} from '../git/remote/remoteFixture';

/**
 * Obsidian's `requestUrl` contract implemented with node's http: the whole body in, the whole
 * body out, and an exception for status ≥ 400 unless `throw: false` — as Obsidian does.
 */
async function nodeRequestUrl(param: RequestUrlParam): Promise<RequestUrlResponse> {
  const { status, headers, bytes, arrayBuffer } = await sendOverLoopback(param);
  if (status >= 400 && param.throw !== false)
    throw Object.assign(new Error(`Request failed, status ${status}`), { status });
  return { status, headers, arrayBuffer, text: bytes.toString('utf8'), json: null };
}

const http = requestUrlHttp(nodeRequestUrl);
let server: RemoteServer;
let fixture: RemoteFixture;

beforeAll(async () => {
  server = await RemoteServer.start();
  fixture = server.createRemote({ 'Notes/Welcome.md': '# Welcome\n', 'Attachments/pixel.bin': '\u0000\u0001\u00ff' });
});

afterAll(async () => {
  await server.close();
});

describe('requestUrlHttp against git http-backend', () => {
  it('clones through requestUrl into node fs', async () => {
    const dir = join(fixture.root, 'via-requesturl');

    const { head } = await clone({ fs: nodeFs, http, dir, url: fixture.url, onAuth: tokenAuth(GOOD) });

    expect(head).toBe(fixture.remoteHead());
    expect(nodeFs.readFileSync(join(dir, 'Notes', 'Welcome.md'), 'utf8')).toBe('# Welcome\n');
    expect(porcelain(dir)).toEqual([]);
    expect(() => fsckStrict(dir)).not.toThrow();
  });

  it('clones through requestUrl into the host vault, as the plugin does, and native git agrees', async () => {
    const app = new App();
    const fs = vaultFs(app.vault.adapter);

    const { head } = await clone({ fs, http, dir: '/', url: fixture.url, onAuth: tokenAuth(GOOD) });
    const out = join(fixture.root, 'copied-from-host');
    for (const path of app.store.paths()) {
      if (app.store.get(path)?.kind === 'folder') nodeFs.mkdirSync(join(out, path), { recursive: true });
    }
    for (const path of app.store.paths()) {
      if (app.store.get(path)?.kind === 'file')
        nodeFs.writeFileSync(join(out, path), new Uint8Array(await app.vault.adapter.readBinary(path)));
    }

    expect(head).toBe(fixture.remoteHead());
    expect(await app.vault.adapter.read('Notes/Welcome.md')).toBe('# Welcome\n');
    expect(porcelain(out)).toEqual([]);
    expect(() => fsckStrict(out)).not.toThrow();
  });

  it('pushes from and pulls into the host vault through vaultFs and requestUrl', async () => {
    const app = new App();
    const fs = vaultFs(app.vault.adapter);
    const other = join(fixture.root, 'other-device');
    await clone({ fs, http, dir: '/', url: fixture.url, onAuth: tokenAuth(GOOD) });
    await clone({ fs: nodeFs, http, dir: other, url: fixture.url, onAuth: tokenAuth(GOOD) });
    await app.vault.adapter.write('Notes/From Obsidian.md', 'written in the app\n');
    await git.add({ fs, dir: '/', filepath: 'Notes/From Obsidian.md' });
    const local = await git.commit({ fs, dir: '/', message: 'note from the app', author: AUTHOR });

    const pushed = await push({ fs, http, dir: '/', onAuth: tokenAuth(GOOD) });
    await pull({ fs: nodeFs, http, dir: other, onAuth: tokenAuth(GOOD), author: AUTHOR });
    const remoteEdit = await commitNotes(
      other,
      { 'Notes/Welcome.md': '# Welcome\n\nEdited on the other device.\n' },
      'edit welcome',
    );
    await push({ fs: nodeFs, http, dir: other, onAuth: tokenAuth(GOOD) });
    const pulled = await pull({ fs, http, dir: '/', onAuth: tokenAuth(GOOD), author: AUTHOR });

    expect(pushed).toEqual({ status: 'pushed', branch: 'main', oid: local });
    expect(pulled).toEqual({ status: 'fast-forward', from: local, to: remoteEdit, changed: ['Notes/Welcome.md'] });
    expect(await app.vault.adapter.read('Notes/Welcome.md')).toBe('# Welcome\n\nEdited on the other device.\n');
    const matrix = await git.statusMatrix({ fs, dir: '/' });
    expect(matrix.filter(([, h, w, st]) => !(h === 1 && w === 1 && st === 1))).toEqual([]);
  });

  it('pushes and pulls through requestUrl', async () => {
    const a = join(fixture.root, 'push-a');
    const b = join(fixture.root, 'push-b');
    await clone({ fs: nodeFs, http, dir: a, url: fixture.url, onAuth: tokenAuth(GOOD) });
    await clone({ fs: nodeFs, http, dir: b, url: fixture.url, onAuth: tokenAuth(GOOD) });
    const local = await commitNotes(a, { 'Notes/Pushed.md': 'pushed through requestUrl\n' }, 'add note');

    const pushed = await push({ fs: nodeFs, http, dir: a, onAuth: tokenAuth(GOOD) });
    const pulled = await pull({ fs: nodeFs, http, dir: b, onAuth: tokenAuth(GOOD), author: AUTHOR });

    expect(pushed).toEqual({ status: 'pushed', branch: 'main', oid: local });
    expect(pulled).toMatchObject({ status: 'fast-forward', to: local });
    expect(nodeFs.readFileSync(join(b, 'Notes', 'Pushed.md'), 'utf8')).toBe('pushed through requestUrl\n');
  });

  it('surfaces a wrong token as AUTH_FAILED instead of a thrown HTTP error', async () => {
    const dir = join(fixture.root, 'wrong-token');

    const error = await clone({
      fs: nodeFs,
      http,
      dir,
      url: fixture.url,
      onAuth: tokenAuth({ ...GOOD, token: 'wrong' }),
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).code).toBe('AUTH_FAILED');
  });
});

describe('requestUrlHttp request shape', () => {
  it('sends the body as one ArrayBuffer with throw: false, and lower-cases response headers', async () => {
    const seen: RequestUrlParam[] = [];
    const client = requestUrlHttp(async (param) => {
      seen.push(param);
      return {
        status: 401,
        headers: { 'WWW-Authenticate': 'Basic', 'Content-Type': 'text/plain' },
        arrayBuffer: new Uint8Array([104, 105]).buffer,
        text: 'hi',
        json: null,
      };
    });
    async function* chunks(): AsyncIterableIterator<Uint8Array> {
      yield new Uint8Array([1, 2]);
      yield new Uint8Array([3]);
    }

    const res = await client.request({
      url: 'https://git.example.net/x',
      method: 'POST',
      headers: { 'content-type': 'application/x-git-upload-pack-request' },
      body: chunks(),
    });
    const body: number[] = [];
    for await (const chunk of res.body ?? []) body.push(...chunk);

    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      url: 'https://git.example.net/x',
      method: 'POST',
      throw: false,
      headers: { 'content-type': 'application/x-git-upload-pack-request' },
    });
    expect([...new Uint8Array(seen[0].body as ArrayBuffer)]).toEqual([1, 2, 3]);
    expect(res).toMatchObject({
      statusCode: 401,
      statusMessage: 'Unauthorized',
      headers: { 'www-authenticate': 'Basic', 'content-type': 'text/plain' },
    });
    expect(body).toEqual([104, 105]);
  });
});
