// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface PageState {
      /**
       * A view opened above the seat's list of drafts (a draft, the working-paper form):
       * the phone's Back button closes it rather than leaving the seat page.
       */
      seatDrafts?: 'open';
    }
  }
}

export {};
