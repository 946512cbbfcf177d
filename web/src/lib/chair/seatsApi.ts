/**
 * The chair's seats API (server/src/http/chairApi.ts), read with the chair key.
 * Bodies are checked with zod on the way in: the console never trusts a shape.
 */
import { z } from 'zod';

const seatSchema = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  member: z.boolean(),
  status: z.enum(['issued', 'revoked']),
  issuedAt: z.number(),
  revokedAt: z.number().nullable(),
  connected: z.boolean(),
});
export type ChairSeat = z.infer<typeof seatSchema>;

const seatsSchema = z.object({ seats: z.array(seatSchema) });

const issuedSchema = z.object({
  code: z.string(),
  shortName: z.string(),
  link: z.string(),
  shortCode: z.string(),
  qrSvg: z.string().optional(),
  issuedAt: z.number(),
});
/** A freshly issued seat: its link, short code and QR code, shown once. */
export type IssuedSeat = z.infer<typeof issuedSchema>;

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** A refusal from the API, in the same shape as a command's. */
export class SeatsApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

async function call<T>(
  committeeId: string,
  chairKey: string,
  path: string,
  schema: z.ZodType<T>,
  method: 'GET' | 'POST' = 'GET',
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/committees/${encodeURIComponent(committeeId)}${path}`, {
      method,
      headers: { authorization: `Bearer ${chairKey}` },
    });
  } catch {
    throw new SeatsApiError('internal', 'the server cannot be reached');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = errorSchema.safeParse(body);
    throw error.success
      ? new SeatsApiError(error.data.error.code, error.data.error.message)
      : new SeatsApiError('internal', `the server answered ${response.status}`);
  }
  return schema.parse(body);
}

/** Every seat of the committee and whether a phone holds it now. */
export async function fetchSeats(committeeId: string, chairKey: string): Promise<ChairSeat[]> {
  return (await call(committeeId, chairKey, '/seats', seatsSchema)).seats;
}

/** A new token for a seat (the old card stops working): its link, short code and QR code. */
export function reissueSeat(
  committeeId: string,
  chairKey: string,
  code: string,
): Promise<IssuedSeat> {
  return call(
    committeeId,
    chairKey,
    `/seats/${encodeURIComponent(code)}/reissue?qr=svg`,
    issuedSchema,
    'POST',
  );
}

/** Stop a seat's token working (its phone is disconnected at once). */
export async function revokeSeat(
  committeeId: string,
  chairKey: string,
  code: string,
): Promise<void> {
  await call(
    committeeId,
    chairKey,
    `/seats/${encodeURIComponent(code)}/revoke`,
    z.unknown(),
    'POST',
  );
}
