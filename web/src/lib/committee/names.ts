/**
 * Who is who, for every screen: a delegation's names and standing, read from
 * the committee's roster (members, then invited delegations). The one place
 * the web app turns a delegation code into words; it reads the roster the way
 * the shared `nameOf` (shared/src/committee/roster.ts) does, which the package
 * does not export yet.
 */
import type { CommitteeState } from '@placard/shared';

/** A permanent member, an elected member, or a delegation invited without vote. */
export type Standing = 'p5' | 'elected' | 'invited';

/** A delegation as the screens show it. */
export interface Delegation {
  readonly code: string;
  /** The long name ("United Kingdom of Great Britain and Northern Ireland"). */
  readonly name: string;
  /** The short name ("United Kingdom"). */
  readonly shortName: string;
  readonly standing: Standing;
}

/** The delegation with this code, or a bare stand-in named by its code when the roster does not know it. */
export function delegationOf(state: CommitteeState, code: string): Delegation {
  const member = state.members.find((candidate) => candidate.code === code);
  if (member) return { ...member, standing: member.p5 ? 'p5' : 'elected' };
  const invitee = state.invitees.find((candidate) => candidate.code === code);
  if (invitee) return { ...invitee, standing: 'invited' };
  return { code, name: code, shortName: code, standing: 'elected' };
}

/** The short name of a delegation ("United Kingdom"), or its code if it is not on the roster. */
export const shortName = (state: CommitteeState, code: string): string =>
  delegationOf(state, code).shortName;

/** The long name of a delegation, or its code if it is not on the roster. */
export const longName = (state: CommitteeState, code: string): string =>
  delegationOf(state, code).name;
