import { createHash } from 'node:crypto';

// A fixed namespace for the name-based UUIDs (RFC 9562 version 5) of demo accounts.
const DEMO_ACCOUNT_NAMESPACE = '5b0f3c5e-8d4a-4f6e-9a41-2f7d1c9e6b30';

/** A name-based UUID (version 5, SHA-1): the same name always gives the same id. */
export function nameBasedUuid(name: string, namespace = DEMO_ACCOUNT_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The `sub` of a demo account of the embedded provider, derived from its national id: the gateway seeds
 * the account under this id, so a module's sample data "filed by" 001090000001 shows up for that account.
 */
export const demoAccountSub = (nationalId: string) => nameBasedUuid(`demo-account:${nationalId}`);
