/** A committee id that has no row in `committees`. */
export class UnknownCommitteeError extends Error {
  readonly committeeId: string;
  constructor(committeeId: string) {
    super(`unknown committee ${JSON.stringify(committeeId)}`);
    this.name = 'UnknownCommitteeError';
    this.committeeId = committeeId;
  }
}
