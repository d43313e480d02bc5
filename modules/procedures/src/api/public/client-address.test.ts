import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.js';

const app = new Hono().get('/', (c) => c.text(clientAddress(c)));

/** Asks as if the TCP peer were `peer` (the Node server's bindings), with the headers given. */
async function addressOf(peer: string | undefined, headers: Record<string, string> = {}): Promise<string> {
  const env = peer ? { incoming: { socket: { remoteAddress: peer } } } : undefined;
  return (await app.request('/', { headers }, env)).text();
}

describe('clientAddress', () => {
  it('is the TCP peer, ignoring X-Forwarded-For sent from a public address', async () => {
    expect(await addressOf('198.51.100.7', { 'x-forwarded-for': '203.0.113.1' })).toBe('198.51.100.7');
    expect(await addressOf('::ffff:198.51.100.7')).toBe('198.51.100.7');
  });

  it('takes the address a proxy on this machine or the private network appended last', async () => {
    expect(await addressOf('127.0.0.1', { 'x-forwarded-for': '1.2.3.4, 203.0.113.9' })).toBe('203.0.113.9');
    expect(await addressOf('10.0.0.5', { 'x-forwarded-for': '203.0.113.9' })).toBe('203.0.113.9');
    expect(await addressOf('192.168.1.2')).toBe('192.168.1.2');
  });

  it('ignores what a client wrote into X-Forwarded-For before the gateway appended its real address', async () => {
    // The client sent "X-Forwarded-For: 10.0.0.9, 203.0.113.50"; the gateway appended the peer it saw.
    const spoofed = { 'x-forwarded-for': '10.0.0.9, 203.0.113.50, 198.51.100.7' };
    expect(await addressOf('127.0.0.1', spoofed)).toBe('198.51.100.7');
    expect(await addressOf('::ffff:10.1.2.3', { 'x-forwarded-for': '10.0.0.9, ::ffff:198.51.100.7' })).toBe('198.51.100.7');
  });

  it('looks through each proxy of the private network: load balancer, then gateway, then this service', async () => {
    expect(await addressOf('127.0.0.1', { 'x-forwarded-for': '1.2.3.4, 198.51.100.7, 10.0.0.2' })).toBe('198.51.100.7');
  });

  it('counts IPv6 clients per /64', async () => {
    expect(await addressOf('2001:db8:abcd:12:1::5')).toBe('2001:db8:abcd:12::/64');
    expect(await addressOf('2001:db8:abcd:0012:ffff::1')).toBe('2001:db8:abcd:12::/64');
  });
});
