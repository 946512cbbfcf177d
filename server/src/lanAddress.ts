import { networkInterfaces } from 'node:os';

// Private ranges first: a phone on the venue's Wi-Fi can reach those, not a VPN's address.
const PRIVATE_IPV4 = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;

/** This machine's non-loopback IPv4 addresses, private (LAN) ones first. */
export function lanAddresses(): string[] {
  const addresses = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
  return [
    ...addresses.filter((address) => PRIVATE_IPV4.test(address)),
    ...addresses.filter((address) => !PRIVATE_IPV4.test(address)),
  ];
}

/**
 * The base URL phones should use when PUBLIC_URL is not set: the first LAN address if
 * the server listens on every interface, else the address it listens on.
 */
export function defaultPublicUrl(host: string, port: number): string {
  const everywhere = host === '0.0.0.0' || host === '::' || host === '';
  const address = everywhere ? (lanAddresses()[0] ?? 'localhost') : host;
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}
