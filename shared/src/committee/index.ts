/**
 * The committee domain: Security Council procedure as a pure decider.
 * `decide(state, command, ctx)` and `evolve(state, event)` are the whole engine.
 */
export { initialState } from './state.ts';
export type {
  AgendaTopic,
  Attendance,
  AttendanceEntry,
  AttendanceStatus,
  CommentWindow,
  CommitteeState,
  DraftRef,
  EndedCaucus,
  ExplanationQueue,
  Floor,
  FloorKind,
  LogEntry,
  Motion,
  MotionStatus,
  Point,
  PointKind,
  QuestionsPhase,
  ReplyRequest,
  Ruling,
  SpeakersList,
  Speech,
  SpeechKind,
  SpeechRecord,
  TopicStatus,
} from './state.ts';
export { commandSchema, commandTypes } from './commands.ts';
export type { Command, CommandOf, CommandType } from './commands.ts';
export type { ClockName, DomainEvent, EventOf, EventType } from './events.ts';
export { decide } from './decide.ts';
export type { Decision } from './decision.ts';
export { evolve, replay } from './evolve.ts';
export { actingDelegation, authorize, commandRoles, rolesFor } from './authorization.ts';
export type { Authority, Issuer } from './authorization.ts';
export { describeMotion } from './motionText.ts';
export {
  decidedByChair,
  motionCatalogue,
  motionPrecedence,
  motionSpecSchema,
  motionThreshold,
  precedenceOf,
  subjectSchema,
} from './motionKinds.ts';
export type { MotionKind, MotionRule, MotionSpec, Subject } from './motionKinds.ts';
export { compareMotions, orderMotions } from './motionOrder.ts';
export type { OrderedMotion } from './motionOrder.ts';
export { motionInOrder } from './inOrder.ts';
export { nextMotion } from './motions.ts';
export { mayInterrupt, orderPoints, pointPrecedence } from './points.ts';
export { decideOutcome } from './outcome.ts';
export type { OutcomeInput } from './outcome.ts';
export { calledMember, countRecords, inRecallRound, tally } from './votes.ts';
export type {
  ClosedVote,
  OpenVote,
  RecordedChoice,
  RollCall,
  Tally,
  Vote,
  VoteAnswer,
  VoteKind,
  VoteMember,
  VoteMethod,
  VoteOutcome,
  VoteRecord,
  VoteResult,
} from './votes.ts';
export { drawRollCall } from './rollCallVote.ts';
export { electorate } from './voting.ts';
export { openVoteOf } from './guards.ts';
export {
  attendanceOrder,
  inEnglishOrder,
  isPresent,
  presentMembers,
  quorumMet,
  topicUnderDebate,
} from './roster.ts';
export { nextDeadline } from './timerExpiry.ts';
export { remainingMs } from './timers.ts';
export type { Timer } from './timers.ts';
