/**
 * Who is who on the phone: names, flags' codes and standing of delegations,
 * read from the committee's roster (members and invited delegations).
 */
import { attendanceOrder, isPresent, type CommitteeState } from '@placard/shared';

export type Standing = 'p5' | 'elected' | 'invited';

/** A delegation as the seat screens show it. */
export interface SeatDelegation {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly standing: Standing;
}

/** The delegation with this code, or a bare stand-in when the roster does not know it. */
export function delegationOf(state: CommitteeState, code: string): SeatDelegation {
  const member = state.members.find((candidate) => candidate.code === code);
  if (member) return { ...member, standing: member.p5 ? 'p5' : 'elected' };
  const invitee = state.invitees.find((candidate) => candidate.code === code);
  if (invitee) return { ...invitee, standing: 'invited' };
  return { code, name: code, shortName: code, standing: 'elected' };
}

/** The short name of a delegation ("United Kingdom"). */
export const shortName = (state: CommitteeState, code: string): string =>
  delegationOf(state, code).shortName;

/** Delegations recorded present, in roll-call order, except `except`. */
export const presentDelegations = (state: CommitteeState, except: string): readonly string[] =>
  attendanceOrder(state).filter((code) => code !== except && isPresent(state, code));
