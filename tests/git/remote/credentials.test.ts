import { describe, expect, it } from '@jest/globals';
import { credentialsFromEnv, hasCredentialsInUrl, tokenAuth } from '../../../src/git/remote/credentials';

describe('credentialsFromEnv', () => {
  it('reads the token and user name from the environment', () => {
    expect(credentialsFromEnv({ VAULT_STACK_GIT_TOKEN: 't0k', VAULT_STACK_GIT_USER: 'me' })).toEqual({
      username: 'me',
      token: 't0k',
    });
  });

  it('defaults the user name to git', () => {
    expect(credentialsFromEnv({ VAULT_STACK_GIT_TOKEN: 't0k' })).toEqual({ username: 'git', token: 't0k' });
  });

  it('gives null without a token', () => {
    expect(credentialsFromEnv({ VAULT_STACK_GIT_USER: 'me', VAULT_STACK_GIT_TOKEN: '' })).toBeNull();
  });
});

describe('tokenAuth', () => {
  it('answers with the token as the password, or cancels without credentials', async () => {
    expect(await tokenAuth({ username: 'me', token: 't0k' })('https://git.example.net/v.git', {})).toEqual({
      username: 'me',
      password: 't0k',
    });
    expect(await tokenAuth(null)('https://git.example.net/v.git', {})).toEqual({ cancel: true });
  });
});

describe('hasCredentialsInUrl', () => {
  it.each([
    ['https://me:t0k@git.example.net/v.git', true],
    ['https://t0k@git.example.net/v.git', true],
    ['https://git.example.net/v.git', false],
    ['https://git.example.net/user@example/v.git', false],
    ['http://127.0.0.1:8080/v.git', false],
  ])('%s → %s', (url, expected) => {
    expect(hasCredentialsInUrl(url)).toBe(expected);
  });
});
