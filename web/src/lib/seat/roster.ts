/**
 * The delegations a seat can name (a yield, a reply): the ones present. Names
 * themselves come from the web core (`#lib/committee/names.ts`).
 */
import { attendanceOrder, isPresent, type CommitteeState } from '@placard/shared';

/** Delegations recorded present, in roll-call order, except `except`. */
export const presentDelegations = (state: CommitteeState, except: string): readonly string[] =>
  attendanceOrder(state).filter((code) => code !== except && isPresent(state, code));
