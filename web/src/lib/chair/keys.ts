/**
 * Keyboard shortcuts: single keys the chair presses while looking at the room.
 * They never fire while the chair types in a field, and never with Ctrl, Cmd
 * or Alt held (those belong to the browser), so they cannot eat text.
 */

/** Whether the key press happened while typing in a field. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

/** The letter or digit of a shortcut press, lower-cased, or null when it is not one. */
export function shortcutKey(event: KeyboardEvent): string | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event)) return null;
  if (document.querySelector('dialog[open]') && event.key !== '?' && event.key !== 'Escape') {
    return null;
  }
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}
