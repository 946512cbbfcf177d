/**
 * A delegate's phone as a thumb works it: the tabs at the bottom, buttons by
 * their words, a vote picked then confirmed, and what the screen says back.
 */
import type { Locator, Page } from 'playwright-core';
import { seeAttr } from './session.ts';

export type Tab = 'now' | 'motions' | 'drafts' | 'points' | 'briefing';

export async function openTab(phone: Page, tab: Tab): Promise<void> {
  const button = phone.getByTestId(`${tab}-tab`);
  await button.tap();
  await seeAttr(button, 'aria-current', 'page');
}

export const button = (phone: Page, name: string): Locator =>
  phone.getByRole('button', { name, exact: true });

export const text = (phone: Page, words: string | RegExp): Locator =>
  phone.getByText(words).first();

/** Wait until the phone shows `words` somewhere. */
export async function reads(phone: Page, words: string | RegExp): Promise<void> {
  await text(phone, words).waitFor();
}

/** Pick an answer in the open vote, confirm it, and wait for the phone to say what it recorded. */
export async function vote(phone: Page, answer: string, recorded: string | RegExp): Promise<void> {
  await openTab(phone, 'now');
  await phone
    .getByRole('group', { name: 'Your vote' })
    .getByRole('button', { name: answer, exact: true })
    .tap();
  await button(phone, `Confirm: ${answer}`).tap();
  await reads(phone, recorded);
}

/** The answers the phone offers in the open vote, as their buttons read. */
export async function choices(phone: Page): Promise<string[]> {
  const group = phone.getByRole('group', { name: 'Your vote' });
  await group.waitFor();
  return group
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons.map((element) => (element.textContent ?? '').replace('✓', '').trim()),
    );
}

/** The marks of a draft's operative clauses as a view renders them: "number mark [proposed]". */
export async function marks(screen: Page, testid: string): Promise<string[]> {
  return screen.getByTestId(`${testid}-clause`).evaluateAll((clauses) =>
    clauses.map((clause) => {
      const number = clause.getAttribute('data-number') || '-';
      const proposed = clause.getAttribute('data-proposed') === 'true' ? ' proposed' : '';
      return `${number} ${clause.getAttribute('data-mark') ?? ''}${proposed}`;
    }),
  );
}
