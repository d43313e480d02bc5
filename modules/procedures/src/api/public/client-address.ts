import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * Who is asking, for per-client limits: the address of the TCP peer. When that peer is a proxy on this
 * machine or the private network (a reverse proxy or load balancer in front of the gateway), the address
 * it appended last to X-Forwarded-For is the client's; a header sent by the client itself is never trusted
 * from a public peer. IPv6 clients count per /64, the block one subscriber usually gets.
 */
export function clientAddress(c: Context): string {
  const peer = normalize((c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress);
  const forwarded = c.req
    .header('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  // No peer at all: the request came in-process (tests, app.request); the header is all there is.
  const address = forwarded && (!peer || isInternal(peer)) ? normalize(forwarded)! : (peer ?? 'unknown');
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
