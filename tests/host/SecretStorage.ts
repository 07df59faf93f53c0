import type * as O from 'obsidian';
import { Events } from './Events';
import { HostError } from './HostError';

const VALID_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Obsidian's SecretStorage, in memory: ids are lowercase alphanumeric with optional dashes. */
export class SecretStorage extends Events implements O.SecretStorage {
  private readonly secrets = new Map<string, string>();

  /** Stores a secret; throws for an invalid id. */
  setSecret(id: string, secret: string): void {
    if (!VALID_ID.test(id))
      throw new HostError('EINVAL', `Invalid secret id "${id}": use lowercase letters, digits and dashes`);
    this.secrets.set(id, secret);
  }

  /** The secret, or null. */
  getSecret(id: string): string | null {
    return this.secrets.get(id) ?? null;
  }

  /** Every stored id. */
  listSecrets(): string[] {
    return [...this.secrets.keys()];
  }
}
