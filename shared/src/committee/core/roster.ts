/**
 * Questions about the roster and the room: who is a member, who is invited,
 * who is present, whether there is a quorum, and the English alphabetical
 * order the UN calls delegations in.
 */
import type { Delegation, Member } from '../../template.ts';
import type { CommitteeState } from './state.ts';

/** The Council member with this code, if any. */
export const memberOf = (state: CommitteeState, code: string): Member | undefined =>
  state.members.find((member) => member.code === code);

/** The invited delegation (participating without vote) with this code, if any. */
export const inviteeOf = (state: CommitteeState, code: string): Delegation | undefined =>
  state.invitees.find((invitee) => invitee.code === code);

/** Whether the code names a delegation on the roster (member or invitee). */
export const onRoster = (state: CommitteeState, code: string): boolean =>
  memberOf(state, code) !== undefined || inviteeOf(state, code) !== undefined;

/** Whether the delegation answered present (or present and voting) and has not left. */
export const isPresent = (state: CommitteeState, code: string): boolean => {
  const status = state.attendance.delegations[code]?.status;
  return status === 'present' || status === 'presentAndVoting';
};

/** Members (never invitees) present now. */
export const presentMembers = (state: CommitteeState): readonly Member[] =>
  state.members.filter((member) => isPresent(state, member.code));

/** Whether enough members are present to put a substantive question to a vote. */
export const quorumMet = (state: CommitteeState): boolean =>
  presentMembers(state).length >= state.rules.quorum;

// English collation: "Côte d'Ivoire" sorts with C, case and accents do not split names.
// Made on first use: building a collator loads ICU data (about 20 ms), which a server's
// start or a board's first render should not wait for.
let english: Intl.Collator | null = null;
const collator = (): Intl.Collator =>
  (english ??= new Intl.Collator('en', { sensitivity: 'base' }));

/** Delegations in English alphabetical order of their official names. */
export const inEnglishOrder = <T extends Pick<Delegation, 'name' | 'code'>>(
  delegations: readonly T[],
): T[] =>
  [...delegations].sort(
    (a, b) => collator().compare(a.name, b.name) || collator().compare(a.code, b.code),
  );

/** The order of an attendance roll call: members alphabetically, then invited delegations. */
export const attendanceOrder = (state: CommitteeState): readonly string[] => [
  ...inEnglishOrder(state.members).map((member) => member.code),
  ...inEnglishOrder(state.invitees).map((invitee) => invitee.code),
];

/** Index of the agenda topic under debate, or null when none is. */
export const topicUnderDebate = (state: CommitteeState): number | null => {
  const index = state.agenda.findIndex((topic) => topic.status === 'underDebate');
  return index === -1 ? null : index;
};

/** Display name of a delegation for the journal. */
export const nameOf = (state: CommitteeState, code: string): string =>
  (memberOf(state, code) ?? inviteeOf(state, code))?.shortName ?? code;
