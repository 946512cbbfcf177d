import QRCode from 'qrcode';
import type { IssuedKeys } from '../security/access.ts';
import { formatShortCode } from '../security/keys.ts';
import { boardLink, chairLink, seatLink } from '../committees/links.ts';
import type { CommitteeRecord, SeatRecord } from '../storage/committees.ts';

/** A link carrying a secret, as returned once after minting. */
export interface SecretLink {
  readonly link: string;
  /** The secret in groups of four, to read out or type on the join page. */
  readonly shortCode: string;
  /** With `?qr=svg`: the link as an SVG QR code. */
  readonly qrSvg?: string;
}

/** A seat's link after minting. */
export interface SeatLinkView extends SecretLink {
  readonly code: string;
  readonly shortName: string;
}

/** What the admin gets right after creating a committee or reissuing keys. */
export interface IssuedLinksView {
  readonly id: string;
  readonly name: string;
  readonly topic: string;
  readonly boardLink: string;
  readonly chairLink?: SecretLink;
  readonly seatLinks: readonly SeatLinkView[];
}

/** Turns freshly minted secrets into the links people open (with QR codes on request). */
export async function issuedLinksView(
  baseUrl: string,
  committee: CommitteeRecord,
  keys: IssuedKeys,
  withQr: boolean,
): Promise<IssuedLinksView> {
  const secretLink = async (link: string, secret: string): Promise<SecretLink> => {
    const view = { link, shortCode: formatShortCode(secret) };
    return withQr
      ? { ...view, qrSvg: await QRCode.toString(link, { type: 'svg', margin: 1 }) }
      : view;
  };
  const shortNames = new Map(
    [...committee.template.members, ...committee.template.invitees].map((d) => [
      d.code,
      d.shortName,
    ]),
  );
  const seatLinks = await Promise.all(
    keys.seatTokens.map(async ({ code, token }) => ({
      code,
      shortName: shortNames.get(code) ?? code,
      ...(await secretLink(seatLink(baseUrl, committee.id, token), token)),
    })),
  );
  const base = {
    id: committee.id,
    name: committee.name,
    topic: committee.topic,
    boardLink: boardLink(baseUrl, committee.id),
    seatLinks,
  };
  return keys.chairKey === undefined
    ? base
    : {
        ...base,
        chairLink: await secretLink(chairLink(baseUrl, committee.id, keys.chairKey), keys.chairKey),
      };
}

/**
 * Where a committee's links point, without secrets: only hashes are stored, so working
 * links exist only in the answer that minted them (create or reissue).
 */
export function linkTemplatesView(
  baseUrl: string,
  committee: CommitteeRecord,
  seats: readonly SeatRecord[],
) {
  const shortNames = new Map(
    [...committee.template.members, ...committee.template.invitees].map((d) => [
      d.code,
      d.shortName,
    ]),
  );
  return {
    id: committee.id,
    name: committee.name,
    boardLink: boardLink(baseUrl, committee.id),
    chairLink: `${baseUrl}/chair/${committee.id}#key=<chair key>`,
    seats: seats.map((seat) => ({
      code: seat.code,
      shortName: shortNames.get(seat.code) ?? seat.code,
      link: `${baseUrl}/seat/${committee.id}#token=<seat token>`,
      issuedAt: seat.issuedAt,
      revokedAt: seat.revokedAt,
    })),
    note: `Keys are stored only as hashes. POST /api/admin/committees/${committee.id}/keys/reissue mints new ones and returns working links.`,
  };
}
