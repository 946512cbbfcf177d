/**
 * How big drafts and amendments may get (see draftSchemas.ts), as plain
 * numbers the rules read without loading the schemas.
 */
/** Characters a draft's words may total. */
export const MAX_DRAFT_CHARACTERS = 40_000;
/** Working papers one delegation may have submitted and not yet seen approved or withdrawn. */
export const MAX_OPEN_WORKING_PAPERS = 5;
/** Amendments one delegation may have proposed and not yet seen decided. */
export const MAX_UNDECIDED_AMENDMENTS = 10;
