/**
 * The options of `pnpm demo`, from its command line and the environment (the
 * command line wins): speed, seed, minutes, which delegation stays away, who
 * chairs (you at the console, or the scripted chair), and whether to build the
 * web app first. Bad values are refused with a message
 * naming the option.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

export interface DemoOptions {
  readonly speed: number;
  /** Undefined: drawn at random (and printed, so a run can be repeated). */
  readonly seed: number | undefined;
  readonly minutes: number;
  readonly absent: string | undefined;
  /** `you`: the person at the console chairs; `auto`: the scripted chair does (unattended). */
  readonly chair: 'you' | 'auto';
  readonly build: boolean;
}

const optionsSchema = z.object({
  speed: z.coerce.number().min(0.25).max(20).default(1),
  seed: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
  minutes: z.coerce.number().int().min(1).max(240).default(30),
  absent: z
    .string()
    .regex(/^[A-Z][A-Z0-9]{1,7}$/, 'must be a delegation code, e.g. LBR')
    .optional(),
  chair: z.enum(['you', 'auto']).default('you'),
  build: z.boolean(),
});

/** Reads `--speed 2 --seed 7 --minutes 30 --absent LBR --chair auto --no-build` and PLACARD_DEMO_* variables. */
export function readDemoOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; options: DemoOptions } | { ok: false; error: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    // `pnpm demo -- --speed 2` passes the `--` on; it separates nothing here.
    ({ values } = parseArgs({
      args: argv.filter((arg) => arg !== '--'),
      options: {
        speed: { type: 'string' },
        seed: { type: 'string' },
        minutes: { type: 'string' },
        absent: { type: 'string' },
        chair: { type: 'string' },
        'no-build': { type: 'boolean' },
      },
    }));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const fromEnv = (name: string): string | undefined => env[name] || undefined;
  const parsed = optionsSchema.safeParse({
    speed: values['speed'] ?? fromEnv('PLACARD_DEMO_SPEED'),
    seed: values['seed'] ?? fromEnv('PLACARD_DEMO_SEED'),
    minutes: values['minutes'] ?? fromEnv('PLACARD_DEMO_MINUTES'),
    absent: values['absent'],
    chair: values['chair'] ?? fromEnv('PLACARD_DEMO_CHAIR'),
    build: values['no-build'] !== true,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `--${String(issue?.path[0] ?? 'option')}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const { speed, seed, minutes, absent, chair, build } = parsed.data;
  return { ok: true, options: { speed, seed, minutes, absent, chair, build } };
}
