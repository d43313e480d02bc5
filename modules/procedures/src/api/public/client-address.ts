import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * Who is asking, for per-client limits. The TCP peer, unless it is a proxy on this machine or the private
 * network (the gateway in front of this module's own service, a load balancer in front of the gateway):
 * then the address that proxy appended last to X-Forwarded-For, and so on leftwards while that one is
 * internal too. Entries left of the first public address were written by the client and are never
 * believed. IPv6 clients count per /64, the block one subscriber usually gets.
 */
export function clientAddress(c: Context): string {
  const peer = normalize((c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress);
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => normalize(part.trim()))
    .filter((part) => part !== undefined);
  // No peer at all: the request came in-process (tests, app.request); the header is all there is.
  const hops = peer ? [...forwarded, peer] : forwarded;
  let address = hops.pop() ?? 'unknown';
  while (isInternal(address) && hops.length > 0) address = hops.pop()!;
  return address.includes(':') ? ipv6Block(address) : address;
}

function normalize(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice('::ffff:'.length) : lower;
}

function isInternal(address: string): boolean {
  if (address === '::1' || address.startsWith('fc') || address.startsWith('fd') || address.startsWith('fe80:')) return true;
  const [a, b] = address.split('.').map(Number);
  if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) return false;
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** The first four groups of an IPv6 address (its /64), with '::' expanded. */
function ipv6Block(address: string): string {
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
