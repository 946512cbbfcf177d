/**
 * Draft resolutions on the screens: a phone's Drafts tab and one draft on it,
 * and the marks a rendered text gives its operative clauses (the attributes
 * DraftTextView sets on every clause, on phones, the console and the board).
 */
import type { Locator, Page } from 'playwright-core';

/** Show a phone's Drafts tab (the list, or the draft it showed last). */
export async function openDrafts(phone: Page): Promise<void> {
  await phone.getByTestId('drafts-tab').tap();
  await phone.getByTestId('drafts-screen').waitFor();
}

/** Show one draft on a phone's Drafts tab, from the list. */
export async function openDraft(phone: Page, id: string): Promise<void> {
  await openDrafts(phone);
  const card = phone.getByTestId(`draft-card-${id}`);
  const back = phone.getByTestId('draft-back');
  await card.or(back).first().waitFor();
  if ((await back.count()) > 0) await back.tap();
  await card.tap();
  await phone.getByTestId('draft-view').waitFor();
}

/**
 * The operative clauses of a rendered text (the clauses of test id `<testid>-clause`
 * within `scope`), each as "number mark[ proposed][ amendment]": "2 inserted A/1",
 * "- struck proposed A/3" ("-" for a clause without a number: struck, or only proposed).
 */
export async function clauseMarks(scope: Page | Locator, testid: string): Promise<string[]> {
  return scope.getByTestId(`${testid}-clause`).evaluateAll((clauses) =>
    clauses.map((clause) => {
      const number = clause.getAttribute('data-number') || '-';
      const proposed = clause.getAttribute('data-proposed') === 'true' ? ' proposed' : '';
      const amendment = clause.getAttribute('data-amendment');
      return `${number} ${clause.getAttribute('data-mark') ?? ''}${proposed}${amendment ? ` ${amendment}` : ''}`;
    }),
  );
}
