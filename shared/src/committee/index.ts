/**
 * The committee domain: Security Council procedure as a pure decider.
 * `decide(state, command, ctx)` and `evolve(state, event)` are the whole engine.
 */
export { initialState } from './core/state.ts';
export type {
  AgendaTopic,
  Attendance,
  AttendanceEntry,
  AttendanceStatus,
  CommentWindow,
  CommitteeState,
  EndedCaucus,
  ExplanationQueue,
  Floor,
  FloorKind,
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
} from './core/state.ts';
export { commandSchema, commandTypes } from './core/commands.ts';
export type { Command, CommandOf, CommandType } from './core/commands.ts';
export type {
  AmendmentEvent,
  ClockName,
  DomainEvent,
  DraftEvent,
  EventOf,
  EventType,
} from './core/events.ts';
export { decide, decideParsed } from './decide.ts';
export type { Decision } from './core/decision.ts';
export { evolve, replay } from './evolve.ts';
export {
  applyChange,
  awaitingVote,
  clauseNumber,
  compareAmendments,
  draftLabel,
  findAmendment,
  findDraft,
  subClauseLabel,
  undecided,
} from './drafts/drafts.ts';
export type {
  Amendment,
  AmendmentAction,
  AmendmentChange,
  AmendmentStatus,
  ClauseText,
  DivisionPart,
  DraftContent,
  DraftResolution,
  DraftStatus,
  DraftStatusKind,
  OperativeClause,
  Question,
} from './drafts/drafts.ts';
export {
  amendmentChangeInputSchema,
  clauseInputSchema,
  draftContentInputSchema,
  draftTitleSchema,
  MAX_DRAFT_CHARACTERS,
  MAX_OPEN_WORKING_PAPERS,
  MAX_UNDECIDED_AMENDMENTS,
} from './drafts/draftSchemas.ts';
export type { AmendmentChangeInput, DraftContentInput } from './drafts/draftSchemas.ts';
export { parseClauseList, parseClauseText, parseDraftText } from './drafts/draftParser.ts';
export type { Parsed } from './drafts/draftParser.ts';
export { maySponsor } from './drafts/sponsorship.ts';
export {
  amendmentsToVote,
  describeChange,
  divisionParts,
  nextQuestion,
  votingOrder,
} from './drafts/draftVoting.ts';
export type { QuestionOnFloor } from './drafts/draftVoting.ts';
export { draftRefs, draftText } from './drafts/draftText.ts';
export type {
  DraftRef,
  MarkedClause,
  MarkedDraft,
  MarkedSubClause,
  TextMark,
} from './drafts/draftText.ts';
export {
  resolutionContext,
  resolutionHtml,
  resolutionMarkdown,
} from './drafts/resolutionExport.ts';
export type { ResolutionContext } from './drafts/resolutionExport.ts';
export { actingDelegation, authorize, commandRoles, rolesFor } from './core/authorization.ts';
export type { Authority, Issuer } from './core/authorization.ts';
export { describeMotion } from './motions/motionText.ts';
export {
  decidedByChair,
  motionCatalogue,
  motionPrecedence,
  motionSpecSchema,
  motionThreshold,
  precedenceOf,
  subjectSchema,
} from './motions/motionKinds.ts';
export type { MotionKind, MotionRule, MotionSpec, Subject } from './motions/motionKinds.ts';
export { compareMotions, orderMotions } from './motions/motionOrder.ts';
export type { OrderedMotion } from './motions/motionOrder.ts';
export { motionInOrder } from './motions/inOrder.ts';
export { nextMotion } from './motions/motions.ts';
export { mayInterrupt, orderPoints, pointPrecedence } from './points/points.ts';
export { decideOutcome } from './votes/outcome.ts';
export type { OutcomeInput } from './votes/outcome.ts';
export { calledMember, countRecords, inRecallRound, tally } from './votes/votes.ts';
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
} from './votes/votes.ts';
export { drawRollCall } from './votes/rollCallVote.ts';
export { electorate } from './votes/voting.ts';
export { openVoteOf } from './core/guards.ts';
export {
  attendanceOrder,
  inEnglishOrder,
  isPresent,
  presentMembers,
  quorumMet,
  topicUnderDebate,
} from './core/roster.ts';
export { nextDeadline } from './core/timerExpiry.ts';
export { remainingMs } from './core/timers.ts';
export type { Timer } from './core/timers.ts';
