/**
 * The seat's desk for drafts: which draft is open, and the words a delegate has
 * half typed (a working paper, an edit, an amendment). It lives as long as the
 * seat's session, not the screen, so leaving for the Now screen to vote and
 * coming back finds everything as it was left.
 */
import { pushState } from '$app/navigation';
import { page } from '$app/state';
import type { AmendmentAction, DraftResolution } from '@placard/shared';
import type { SeatSession } from '../session.svelte.ts';
import { blankPaper, paperOf, type Paper } from './paper.ts';

export type DeskView =
  | { readonly kind: 'list' }
  | { readonly kind: 'submit' }
  | { readonly kind: 'draft'; readonly id: string };

/** An amendment as typed: what it does, to which clause number (as a form value), in which words. */
export interface AmendmentForm {
  action: AmendmentAction;
  clause: string;
  text: string;
}

export const blankAmendment = (): AmendmentForm => ({ action: 'add', clause: '', text: '' });

export class DraftDesk {
  view = $state<DeskView>({ kind: 'list' });
  /** The working paper being written. */
  paper = $state<Paper>(blankPaper());
  /** Edits of working papers under way, by draft id. */
  edits = $state<Record<string, Paper>>({});
  /** Amendments being written, by draft id. */
  amendments = $state<Record<string, AmendmentForm>>({});
  /** Our history entry is the current one (something is open above the list). */
  #entry = false;
  /** Pushed, but the router has not shown it in `page.state` yet. */
  #pushing = false;
  /** The list's button sent the browser back; the entry is not off yet. */
  #popping = false;
  /** A view opened while that was under way, whose entry is pushed once it is off. */
  #reopen: DeskView | null = null;

  /** Open a view of the Drafts screen, from its top. */
  show(view: DeskView): void {
    // A draft opens with its amendment form ready (kept, if one was being written).
    if (view.kind === 'draft') this.amendments[view.id] ??= blankAmendment();
    // One history entry for whatever is open above the list, so that the phone's Back button
    // comes back to the list; the list's own button takes the entry off again.
    if (view.kind === 'list') {
      this.#reopen = null;
      if (this.#entry && !this.#popping) {
        this.#popping = true;
        history.back();
      }
    } else if (this.#popping) {
      // Opened again before the Back above arrived: pushed once it has.
      this.#reopen = view;
    } else if (!this.#entry) {
      this.#push();
    }
    this.view = view;
    window.scrollTo({ top: 0 });
  }

  /**
   * Follow the page's history state: the phone's Back button took our entry off (back to
   * the list), or the list's own Back arrived. The router updates `page.state` a moment
   * after a push or a pop, so a push not yet seen there is waited for.
   */
  followHistory(): void {
    const open = page.state.seatDrafts === 'open';
    if (this.#pushing) {
      if (open) this.#pushing = false;
      return;
    }
    if (open) return;
    this.#entry = false;
    if (this.#popping) {
      this.#popping = false;
      if (this.#reopen) this.#push();
      this.#reopen = null;
    } else if (this.view.kind !== 'list') {
      this.view = { kind: 'list' };
    }
  }

  #push(): void {
    pushState('', { seatDrafts: 'open' });
    this.#entry = true;
    this.#pushing = true;
  }

  /** Start editing a working paper from its present words (or carry on with the edit under way). */
  startEdit(draft: DraftResolution): void {
    this.edits[draft.id] ??= paperOf(draft.title, draft);
  }

  /** Stop editing a working paper (saved, or given up). */
  closeEdit(draftId: string): void {
    this.edits = Object.fromEntries(Object.entries(this.edits).filter(([id]) => id !== draftId));
  }
}

// One desk per seat session; the module (and so the desk) stays loaded once the screen was opened.
const desks = new WeakMap<SeatSession, DraftDesk>();

export function deskFor(session: SeatSession): DraftDesk {
  let desk = desks.get(session);
  if (!desk) {
    desk = new DraftDesk();
    desks.set(session, desk);
  }
  return desk;
}
