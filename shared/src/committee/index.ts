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
export type {
  AmendmentEvent,
  ClockName,
  DomainEvent,
  DraftEvent,
  EventOf,
  EventType,
} from './events.ts';
export { decide, decideParsed } from './decide.ts';
export type { Decision } from './decision.ts';
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
} from './drafts.ts';
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
} from './drafts.ts';
export {
  amendmentChangeInputSchema,
  clauseInputSchema,
  draftContentInputSchema,
  draftTitleSchema,
  MAX_DRAFT_CHARACTERS,
  MAX_OPEN_WORKING_PAPERS,
  MAX_UNDECIDED_AMENDMENTS,
} from './draftSchemas.ts';
export type { AmendmentChangeInput, DraftContentInput } from './draftSchemas.ts';
export { parseClauseList, parseClauseText, parseDraftText } from './draftParser.ts';
export type { Parsed } from './draftParser.ts';
export { maySponsor } from './sponsorship.ts';
export {
  amendmentsToVote,
  describeChange,
  divisionParts,
  nextQuestion,
  votingOrder,
} from './draftVoting.ts';
export type { QuestionOnFloor } from './draftVoting.ts';
export { draftRefs, draftText } from './draftText.ts';
export type {
  DraftRef,
  MarkedClause,
  MarkedDraft,
  MarkedSubClause,
  TextMark,
} from './draftText.ts';
export { resolutionContext, resolutionHtml, resolutionMarkdown } from './resolutionExport.ts';
export type { ResolutionContext } from './resolutionExport.ts';
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
