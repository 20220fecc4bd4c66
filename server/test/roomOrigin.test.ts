import { describe, expect, it } from 'vitest';
import { isLoopback, lanAddress, roomOrigin } from '../src/http/roomOrigin.ts';

const base = { host: '0.0.0.0', port: 4321, lan: '192.168.1.20' };

describe('the origin of links for the room', () => {
  it('replaces localhost with the local network address when the server listens on the network', () => {
    expect(roomOrigin({ ...base, requestOrigin: 'http://localhost:4321' })).toBe('http://192.168.1.20:4321');
    expect(roomOrigin({ ...base, requestOrigin: 'http://127.0.0.1:4321' })).toBe('http://192.168.1.20:4321');
    expect(roomOrigin({ ...base, requestOrigin: 'http://[::1]:4321' })).toBe('http://192.168.1.20:4321');
  });

  it('keeps the address the browser used when others can already reach it', () => {
    expect(roomOrigin({ ...base, requestOrigin: 'http://192.168.1.20:4321' })).toBe('http://192.168.1.20:4321');
    expect(roomOrigin({ ...base, requestOrigin: 'http://minga.local:4321' })).toBe('http://minga.local:4321');
  });

  it('keeps localhost when the server listens on this machine only, or has no network address', () => {
    expect(roomOrigin({ ...base, host: '127.0.0.1', requestOrigin: 'http://localhost:4321' })).toBe('http://localhost:4321');
    expect(roomOrigin({ ...base, lan: null, requestOrigin: 'http://localhost:4321' })).toBe('http://localhost:4321');
  });

  it('uses the one address the server listens on, and MINGA_PUBLIC_URL above all', () => {
    expect(roomOrigin({ ...base, host: '10.0.0.5', requestOrigin: 'http://localhost:4321' })).toBe('http://10.0.0.5:4321');
    expect(roomOrigin({ ...base, publicUrl: 'https://minga.example.org/', requestOrigin: 'http://localhost:4321' })).toBe('https://minga.example.org');
  });

  it('knows which hosts mean this machine only', () => {
    for (const host of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['192.168.1.20', 'minga.local', '0.0.0.0', '10.0.0.1']) expect(isLoopback(host), host).toBe(false);
  });

  it('finds the first external IPv4 address among the machine’s interfaces', () => {
    const info = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) => ({ address, family, internal });
    expect(lanAddress({ lo: [info('127.0.0.1', 'IPv4', true)], eth0: [info('fe80::1', 'IPv6', false), info('192.168.1.20', 'IPv4', false)] })).toBe('192.168.1.20');
    expect(lanAddress({ lo: [info('127.0.0.1', 'IPv4', true)] })).toBeNull();
  });
});
