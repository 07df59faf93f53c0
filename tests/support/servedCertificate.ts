// A certificate with a chosen notAfter, made by the openssl CLI (`openssl ca -selfsign -enddate`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A key and a self-signed certificate for localhost, example.test and 127.0.0.1, issued by `issuer`. */
export interface MadeCertificate {
  key: string;
  cert: string;
}

/** Whether the openssl CLI can run here (tests skip with a notice otherwise, fail under CI). */
export function opensslAvailable(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes a self-signed certificate valid until `notAfter` (`YYYY-MM-DD`, 12:00 UTC) with the openssl
 * CLI, the issuer's organisation set to `issuer`.
 */
export function makeCertificate(notAfter: string, issuer = 'Loopback Test CA'): MadeCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'vault-stack-cert-'));
  try {
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'serial'), '1000\n');
    writeFileSync(
      join(dir, 'ca.cnf'),
      [
        '[ ca ]',
        'default_ca = here',
        '[ here ]',
        `database = ${join(dir, 'index.txt')}`,
        `new_certs_dir = ${dir}`,
        `serial = ${join(dir, 'serial')}`,
        'default_md = sha256',
        'policy = anything',
        'copy_extensions = copy',
        'unique_subject = no',
        '[ anything ]',
        'organizationName = optional',
        'commonName = supplied',
        '',
      ].join('\n'),
    );
    const run = (args: string[]): void => {
      execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    };
    run([
      'req',
      '-new',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'key.pem',
      '-out',
      'req.csr',
      '-subj',
      `/O=${issuer}/CN=localhost`,
      '-addext',
      'subjectAltName=DNS:localhost,DNS:example.test,IP:127.0.0.1',
    ]);
    const end = `${notAfter.replace(/-/g, '')}120000Z`;
    run([
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-selfsign',
      '-keyfile',
      'key.pem',
      '-in',
      'req.csr',
      '-out',
      'cert.pem',
      '-startdate',
      '20250101000000Z',
      '-enddate',
      end,
      '-notext',
    ]);
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An https server on 127.0.0.1 serving `made`, answering 200 `secure ok` to everything. */
export async function startHttpsServer(made: MadeCertificate): Promise<{ url: string; port: number; server: Server }> {
  const server = createHttpsServer({ key: made.key, cert: made.cert }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('secure ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `https://127.0.0.1:${port}`, port, server };
}
