import type { RequestUrlParam } from 'obsidian';
import type { FakeResponse } from '../../../host/testing';
import { sendOverLoopback } from '../../../support/loopbackRequest';

/** A host `requestUrl` handler that sends the request to a real loopback server (git http-backend) with node's http. */
export async function loopbackHandler(param: RequestUrlParam): Promise<FakeResponse> {
  const { status, headers, arrayBuffer } = await sendOverLoopback(param);
  return { status, headers, arrayBuffer };
}
