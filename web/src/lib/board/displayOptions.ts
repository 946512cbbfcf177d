/**
 * How a board is displayed, read from its URL so a projector, a phone and a
 * livestream overlay can each be set up with a link and nothing else:
 * `?theme=dark&scale=1.5&panels=votes&transparent=1`.
 */

export type BoardTheme = 'light' | 'dark' | 'contrast';

/** The parts of the board that can be shown or left out. */
export const boardPanels = [
  'header',
  'floor',
  'speakers',
  'votes',
  'drafts',
  'motions',
  'decisions',
] as const;
export type BoardPanel = (typeof boardPanels)[number];

export interface DisplayOptions {
  readonly theme: BoardTheme;
  /** Multiplies every size on the board (1 = as designed; 1.5 for a far projector). */
  readonly scale: number;
  readonly panels: ReadonlySet<BoardPanel>;
  /** A transparent background, for compositing the board over a livestream. */
  readonly transparent: boolean;
}

const themes: readonly BoardTheme[] = ['light', 'dark', 'contrast'];
const isTheme = (value: string): value is BoardTheme =>
  (themes as readonly string[]).includes(value);
const isPanel = (value: string): value is BoardPanel =>
  (boardPanels as readonly string[]).includes(value);

/** Reads the display options, ignoring anything unknown or out of range (a typo shows the default). */
export function readDisplayOptions(query: Pick<URLSearchParams, 'get'>): DisplayOptions {
  const theme = query.get('theme') ?? '';
  const scale = Number(query.get('scale') ?? '1');
  const panels = (query.get('panels') ?? '')
    .split(',')
    .map((panel) => panel.trim())
    .filter(isPanel);
  const transparent = query.get('transparent');
  return {
    theme: isTheme(theme) ? theme : 'light',
    scale: Number.isFinite(scale) && scale >= 0.5 && scale <= 4 ? scale : 1,
    panels: new Set(panels.length > 0 ? panels : boardPanels),
    transparent: transparent === '1' || transparent === 'true',
  };
}
