import os from 'node:os';

/**
 * The address people in the room open on their phones. A presenter often opens Minga on the
 * laptop itself, as `localhost`: a link made from that address leads phones nowhere, so links meant
 * for others use the laptop's local network address instead (or MINGA_PUBLIC_URL when set).
 */

/** Whether a host name or address means "this machine only". */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare.endsWith('.localhost') || bare === '::1' || /^127\./.test(bare);
}

/** What lanAddress needs of os.networkInterfaces(). */
export interface NetworkAddress {
  address: string;
  family: string;
  internal: boolean;
}

/** The first IPv4 address other machines on the local network can reach this one at, or null. */
export function lanAddress(interfaces: Record<string, readonly NetworkAddress[] | undefined> = os.networkInterfaces()): string | null {
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return null;
}

export interface RoomOriginInput {
  /** MINGA_PUBLIC_URL: when set, always the answer. */
  publicUrl?: string;
  /** The address the server listens on (HOST). */
  host: string;
  /** The port it listens on. */
  port: number;
  /** The origin the request came in on (`http://localhost:4321`). */
  requestOrigin: string;
  /** The machine's local network address (lanAddress()). */
  lan: string | null;
}

/** The origin for links other people open: the request's own, unless it is `localhost` and the server is reachable on the network. */
export function roomOrigin({ publicUrl, host, port, requestOrigin, lan }: RoomOriginInput): string {
  if (publicUrl) return publicUrl.replace(/\/$/, '');
  const requestHost = new URL(requestOrigin).hostname;
  if (!isLoopback(requestHost) || isLoopback(host)) return requestOrigin;
  const listensEverywhere = host === '0.0.0.0' || host === '::' || host === '';
  const reachable = listensEverywhere ? lan : host;
  if (!reachable) return requestOrigin;
  const protocol = new URL(requestOrigin).protocol;
  return `${protocol}//${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}
