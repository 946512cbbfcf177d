/**
 * Who may issue what. Authorization is part of deciding: each command lists the
 * roles that may issue it, a seat only ever acts for its own delegation, and an
 * observer never acts. The server resolves the actor; it never comes from a payload.
 */
import type { Actor } from '../../actor.ts';
import type { RulesProfile } from '../../rulesProfile.ts';
import type { CommandType } from './commands.ts';
import { refuse, type Refusal } from './decision.ts';
import { inviteeOf, memberOf } from './roster.ts';
import type { CommitteeState } from './state.ts';

/** Who may issue a command: the chair, a member's own seat, an invited delegation's own seat, the server. */
export type Authority = 'chair' | 'member' | 'invitee' | 'system';

const CHAIR = ['chair'] as const;
const ANY_DELEGATION = ['chair', 'member', 'invitee'] as const;
const MEMBERS = ['chair', 'member'] as const;

/** The roles that may issue each command under the default rules (see `rolesFor`). */
export const commandRoles = {
  'session.open': CHAIR,
  'session.resume': CHAIR,
  'attendance.startRollCall': CHAIR,
  'attendance.record': ANY_DELEGATION,
  'attendance.closeRollCall': CHAIR,
  'gsl.open': CHAIR,
  'gsl.add': ANY_DELEGATION,
  'gsl.remove': ANY_DELEGATION,
  'gsl.move': CHAIR,
  'gsl.next': CHAIR,
  'speech.yield': ANY_DELEGATION,
  'speech.end': CHAIR,
  'speech.answer': CHAIR,
  'comment.recognise': CHAIR,
  'timer.pause': CHAIR,
  'timer.resume': CHAIR,
  'timer.reset': CHAIR,
  'timer.expire': ['system'],
  'motion.move': MEMBERS,
  'motion.second': MEMBERS,
  'motion.withdraw': MEMBERS,
  'motion.rule': CHAIR,
  'motion.putToVote': CHAIR,
  'placard.raise': ANY_DELEGATION,
  'placard.lower': ANY_DELEGATION,
  'caucus.recognise': CHAIR,
  'caucus.end': CHAIR,
  'point.raise': ANY_DELEGATION,
  'point.withdraw': ANY_DELEGATION,
  'point.recognise': CHAIR,
  'point.resolve': CHAIR,
  'reply.request': ANY_DELEGATION,
  'reply.rule': CHAIR,
  'reply.start': CHAIR,
  'vote.open': CHAIR,
  'vote.cast': MEMBERS,
  'vote.close': CHAIR,
  'explanation.next': CHAIR,
  'explanation.waive': MEMBERS,
  'votingProcedure.end': CHAIR,
  'draft.submit': MEMBERS,
  'draft.edit': MEMBERS,
  'draft.addSponsor': MEMBERS,
  'draft.removeSponsor': MEMBERS,
  'draft.sign': MEMBERS,
  'draft.unsign': MEMBERS,
  'draft.withdraw': MEMBERS,
  'draft.approve': CHAIR,
  'amendment.propose': MEMBERS,
  'amendment.accept': MEMBERS,
  'amendment.decline': MEMBERS,
  'amendment.withdraw': MEMBERS,
} as const satisfies Record<CommandType, readonly Authority[]>;

// Invitees "should not move procedural motions" (procedure.md §1) unless the profile allows it.
const motionCommands: ReadonlySet<CommandType> = new Set([
  'motion.move',
  'motion.second',
  'motion.withdraw',
]);

// Invited delegations "cannot sponsor or sign" drafts (issue 8) unless the profile allows it;
// proposing and accepting amendments goes with sponsoring.
const sponsorshipCommands: ReadonlySet<CommandType> = new Set([
  'draft.submit',
  'draft.edit',
  'draft.addSponsor',
  'draft.removeSponsor',
  'draft.sign',
  'draft.unsign',
  'draft.withdraw',
  'amendment.propose',
  'amendment.accept',
  'amendment.decline',
  'amendment.withdraw',
]);

/** The roles that may issue a command under these rules. */
export const rolesFor = (type: CommandType, rules: RulesProfile): readonly Authority[] => {
  const roles: readonly Authority[] = commandRoles[type];
  const opened =
    (rules.inviteesMayMoveMotions && motionCommands.has(type)) ||
    (rules.inviteesMaySponsor && sponsorshipCommands.has(type));
  return opened ? [...roles, 'invitee'] : roles;
};

/** The issuer of a command once its seat is looked up on the roster. */
export type Issuer =
  | { readonly role: 'chair' }
  | { readonly role: 'system' }
  | { readonly role: 'member'; readonly code: string }
  | { readonly role: 'invitee'; readonly code: string };

/** Resolve the actor against the roster and check its role may issue the command. */
export const authorize = (
  state: CommitteeState,
  type: CommandType,
  actor: Actor,
): Issuer | Refusal => {
  const issuer = issuerOf(state, actor);
  if (issuer === null) {
    return refuse(
      'forbidden',
      actor.role === 'observer'
        ? 'observers follow the committee but never act'
        : `${actor.role === 'seat' ? actor.seat : 'this seat'} is not a delegation of this committee`,
    );
  }
  if (!rolesFor(type, state.rules).includes(issuer.role)) {
    return refuse('forbidden', `${describeRole(issuer)} may not issue ${type}`);
  }
  return issuer;
};

const issuerOf = (state: CommitteeState, actor: Actor): Issuer | null => {
  switch (actor.role) {
    case 'chair':
      return { role: 'chair' };
    case 'system':
      return { role: 'system' };
    case 'observer':
      return null;
    case 'seat':
      if (memberOf(state, actor.seat)) return { role: 'member', code: actor.seat };
      if (inviteeOf(state, actor.seat)) return { role: 'invitee', code: actor.seat };
      return null;
    default:
      return unreachableActor(actor);
  }
};

function unreachableActor(actor: never): never {
  throw new Error(`unknown actor ${JSON.stringify(actor)}`);
}

const describeRole = (issuer: Issuer): string => {
  switch (issuer.role) {
    case 'chair':
      return 'the chair';
    case 'system':
      return 'the server';
    case 'member':
      return `the member ${issuer.code}`;
    case 'invitee':
      return `the invited delegation ${issuer.code}`;
    default:
      return unreachableActor(issuer);
  }
};

/**
 * The delegation a command acts for: a seat's own (naming another is forbidden),
 * or the one the chair names (it must name one that is on the roster).
 */
export const actingDelegation = (
  state: CommitteeState,
  issuer: Issuer,
  named: string | undefined,
): string | Refusal => {
  if (issuer.role === 'member' || issuer.role === 'invitee') {
    if (named !== undefined && named !== issuer.code) {
      return refuse('forbidden', `${issuer.code} may act only for its own delegation`);
    }
    return issuer.code;
  }
  if (named === undefined) return refuse('invalid', 'name the delegation the chair acts for');
  if (!memberOf(state, named) && !inviteeOf(state, named)) {
    return refuse('not_found', `${named} is not on the roster`);
  }
  return named;
};

/** Whether the issuer may act for a delegation that the state (not the payload) names. */
export const actsFor = (issuer: Issuer, delegation: string): boolean =>
  issuer.role === 'chair' || ('code' in issuer && issuer.code === delegation);

/** Whether a value is a refusal rather than a result. */
export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
