/**
 * What each audience (the chair, a seat, the public board) receives. The
 * Council's proceedings are public and committee state holds no secrets (keys
 * and tokens never enter the domain), so every audience sees the same state
 * and events today; this is the one place to narrow that if it ever changes.
 */
import type { CommitteeState } from './committee/core/state.ts';
import type { DomainEvent } from './committee/core/events.ts';

/** Who a broadcast is for. */
export type Audience =
  | { readonly kind: 'chair' }
  | { readonly kind: 'seat'; readonly seat: string }
  | { readonly kind: 'public' };

/** The state as an audience may see it. */
export const projectState = (state: CommitteeState, _audience: Audience): CommitteeState => state;

/** An event as an audience may see it. */
export const projectEvent = (event: DomainEvent, _audience: Audience): DomainEvent => event;

/** Events as an audience may see them. */
export const projectEvents = (events: readonly DomainEvent[], audience: Audience): DomainEvent[] =>
  events.map((event) => projectEvent(event, audience));
