/** `pnpm demo`'s options: the command line over the environment, bad values named. */
import { describe, expect, it } from 'vitest';
import { readDemoOptions } from '../../server/src/rehearsal/demoOptions.ts';

describe('rehearsal: pnpm demo options', () => {
  it('defaults to a human pace for 30 minutes, the chair at the console', () => {
    expect(readDemoOptions([], {})).toEqual({
      ok: true,
      options: {
        speed: 1,
        seed: undefined,
        minutes: 30,
        absent: undefined,
        chair: 'you',
        build: true,
      },
    });
  });

  it('reads the command line after pnpm’s "--", over the environment', () => {
    const read = readDemoOptions(
      [
        '--',
        '--speed',
        '2',
        '--seed',
        '7',
        '--minutes',
        '10',
        '--absent',
        'LBR',
        '--chair',
        'auto',
        '--no-build',
      ],
      { PLACARD_DEMO_SPEED: '5', PLACARD_DEMO_MINUTES: '60' },
    );
    expect(read).toEqual({
      ok: true,
      options: { speed: 2, seed: 7, minutes: 10, absent: 'LBR', chair: 'auto', build: false },
    });
  });

  it('reads the environment when the command line is silent', () => {
    const read = readDemoOptions([], {
      PLACARD_DEMO_SPEED: '0.5',
      PLACARD_DEMO_SEED: '3',
      PLACARD_DEMO_MINUTES: '5',
      PLACARD_DEMO_CHAIR: 'auto',
    });
    expect(read).toMatchObject({
      ok: true,
      options: { speed: 0.5, seed: 3, minutes: 5, chair: 'auto' },
    });
  });

  it('refuses bad values, naming the option', () => {
    expect(readDemoOptions(['--speed', 'fast'], {})).toMatchObject({ ok: false, error: /--speed/ });
    expect(readDemoOptions(['--minutes', '0'], {})).toMatchObject({
      ok: false,
      error: /--minutes/,
    });
    expect(readDemoOptions(['--seed', '1.5'], {})).toMatchObject({ ok: false, error: /--seed/ });
    expect(readDemoOptions(['--absent', 'liberia'], {})).toMatchObject({
      ok: false,
      error: /--absent/,
    });
    expect(readDemoOptions(['--chair', 'robot'], {})).toMatchObject({
      ok: false,
      error: /--chair/,
    });
    expect(readDemoOptions(['--colour', 'red'], {})).toMatchObject({ ok: false });
  });
});
