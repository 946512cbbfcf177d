import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { CommitteeAccess } from './security/access.ts';
import type { FailureLimiter } from './security/failureLimiter.ts';
import type { CommitteeRepository } from './storage/committees.ts';
import type { Db } from './storage/database.ts';
import type { EventStore } from './storage/eventStore.ts';

/** What the HTTP routes and the Socket.IO gateway share (exposed as `app.placard`). */
export interface PlacardServices {
  readonly db: Db;
  readonly clock: Clock;
  readonly config: Config;
  readonly events: EventStore;
  readonly committees: CommitteeRepository;
  /** Chair keys and seat tokens: resolveCredential, reissue, revokeSeat, onChange. */
  readonly access: CommitteeAccess;
  /** Wrong credentials per client address (admin API; the gateway may share it for handshakes). */
  readonly credentialFailures: FailureLimiter;
  /** Base of the links phones open: PUBLIC_URL, else this machine's LAN address and bound port. */
  publicUrl(): string;
}
