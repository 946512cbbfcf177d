import type { ProvisionedCommittee } from './committees/provision.ts';
import { chairLink, seatLink } from './committees/links.ts';
import type { AdminKeySetup } from './security/adminKey.ts';
import { formatShortCode } from './security/keys.ts';

/** What the start-up banner reports. */
export interface StartupReport {
  readonly version: string;
  /** URL on this machine, e.g. http://localhost:3000 */
  readonly localUrl: string;
  /** Base URL of the links printed (PUBLIC_URL or the first LAN address). */
  readonly publicUrl: string;
  /** Every base URL a phone may open: PUBLIC_URL, else each LAN address. */
  readonly phoneUrls: readonly string[];
  readonly adminKey: AdminKeySetup;
  /** The committee created on this start (first start only), with its secrets. */
  readonly seeded: ProvisionedCommittee | null;
}

/**
 * The lines printed at start: where to open Placard, and on the first start the chair's
 * link, every seat link and a generated admin key, each shown this once only.
 */
export function startupBanner(report: StartupReport): string {
  const lines = [
    `Placard ${report.version} is running.`,
    `  On this computer:          ${report.localUrl}/`,
    ...report.phoneUrls.map(
      (url, index) =>
        `  ${index === 0 ? 'Phones on the same Wi-Fi:' : '                         '}  ${url}/`,
    ),
  ];
  const seeded = report.seeded;
  if (seeded !== null) {
    const { committee } = seeded;
    const names = new Map(
      [...committee.template.members, ...committee.template.invitees].map((d) => [
        d.code,
        d.shortName,
      ]),
    );
    lines.push(
      '',
      `Created the committee "${committee.name}" (${committee.id}): ${committee.topic}`,
      `  Live board:  ${report.publicUrl}/board/${committee.id}`,
      `  Chair's link (private; shown once): ${chairLink(report.publicUrl, committee.id, seeded.chairKey)}`,
      '  Seat links (one per delegation; shown once, reissue with the admin API):',
      ...seeded.seatTokens.map(
        ({ code, token }) =>
          `    ${code.padEnd(4)} ${(names.get(code) ?? code).padEnd(16)} ${seatLink(report.publicUrl, committee.id, token)}  (code ${formatShortCode(token)})`,
      ),
    );
  }
  if (report.adminKey.source === 'generated') {
    lines.push(
      '',
      `Admin key (shown once; keep it, or set PLACARD_ADMIN_KEY): ${report.adminKey.adminKey}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
