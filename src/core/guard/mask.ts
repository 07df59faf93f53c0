/**
 * Masks a secret for a human message: keeps only a public prefix (such as `ghp_`) and the length.
 * @example maskSecret('ghp_abc…', 4) // 'ghp_… (40 characters)'
 */
export function maskSecret(secret: string, visiblePrefix: number): string {
  const shown = secret.slice(0, Math.min(visiblePrefix, secret.length));
  return `${shown}… (${secret.length} characters)`;
}
