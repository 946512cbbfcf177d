/**
 * How a delegation reads a text by its stance: a score (above 0 it supports,
 * below it opposes) and, on a substantive question, a yes, no or abstention.
 * A permanent member whose briefing guards sovereignty votes no on a text that
 * calls for foreign military action without consent, which is a veto.
 */
import type { AmendmentChange, DraftResolution } from '@placard/shared';
import type { Stance } from './stances.ts';
import { addressesRootCauses, callsForForeignForce } from './texts.ts';

/** The three answers of a placard vote. */
export type Verdict = 'yes' | 'no' | 'abstain';

/** The clauses of a draft as they stand (sub-clauses belong to their clause). */
export const clausesOf = (draft: Pick<DraftResolution, 'operative'>): string[] =>
  draft.operative.map((clause) => [clause.text, ...clause.subClauses].join(' '));

/** Whether any clause of the draft calls for foreign military action without consent. */
export const draftCallsForForce = (draft: Pick<DraftResolution, 'operative'>): boolean =>
  clausesOf(draft).some(callsForForeignForce);

/** What one clause is worth to a stance. */
export const clauseScore = (stance: Stance, clause: string): number => {
  if (callsForForeignForce(clause)) return stance.foreignForce;
  if (addressesRootCauses(clause)) return stance.approach === 'enforcement' ? 0.05 : 0.3;
  return 0.15;
};

/** Support for a draft as a whole: most delegations want the Council to act; force divides them. */
export const draftScore = (stance: Stance, draft: Pick<DraftResolution, 'operative'>): number => {
  const base = stance.approach === 'sovereignty' ? 0.3 : 0.45;
  const force = draftCallsForForce(draft) ? 1.3 * stance.foreignForce : 0;
  const rootCauses = clausesOf(draft).some(addressesRootCauses) ? 0.1 : 0;
  return base + force + rootCauses;
};

/** Support for an amendment: the worth of the words it adds, or of the words it strikes, reversed. */
export const amendmentScore = (
  stance: Stance,
  draft: Pick<DraftResolution, 'operative'>,
  change: AmendmentChange,
): number => {
  switch (change.action) {
    case 'add':
    case 'replace': {
      const words = [change.text, ...change.subClauses].join(' ');
      return clauseScore(stance, words);
    }
    case 'strike': {
      const struck = draft.operative.find((clause) => clause.key === change.key);
      return struck ? -clauseScore(stance, [struck.text, ...struck.subClauses].join(' ')) : 0;
    }
  }
};

/** A score (nudged by `noise`, ±0.2 at most) turned into a vote. */
export const verdictFor = (score: number, noise = 0): Verdict => {
  const nudged = score + Math.max(-0.2, Math.min(0.2, noise));
  if (nudged > 0.2) return 'yes';
  if (nudged < -0.2) return 'no';
  return 'abstain';
};

/** The verdict when an abstention is not allowed: which way the delegation leans. */
export const leaning = (score: number): 'yes' | 'no' => (score >= 0 ? 'yes' : 'no');

/** A permanent member's veto: no on a text authorising foreign military action without consent. */
export const vetoes = (stance: Stance, authorisesForce: boolean): boolean =>
  stance.p5 && stance.vetoesForeignForce && authorisesForce;
