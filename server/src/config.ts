import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The server's settings, read once from the environment at start. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Path of the SQLite file (created with its folder if missing). */
  readonly dbPath: string;
  /** Admin key from PLACARD_ADMIN_KEY; undefined means "use the stored one or generate one". */
  readonly adminKey: string | undefined;
  /** Base URL for links and QR codes, without a trailing slash; undefined: the first LAN address. */
  readonly publicUrl: string | undefined;
  /** Test and ops hook: apply migrations from this folder instead of the project's `migrations/`. */
  readonly migrationsDir: string | undefined;
  readonly logLevel: LogLevel;
  /**
   * Who may show Placard's pages in a frame (CSP `frame-ancestors`), e.g. a livestream
   * overlay's origin: `'self'` (default), `'none'`, or `'self'` plus origins.
   */
  readonly frameAncestors: readonly string[];
  /**
   * PLACARD_OBSERVER_FAST_LANE=off turns off the observers' fast lane (observerWire.ts):
   * every observer then gets Socket.IO's own emit. On by default; the bench compares both.
   */
  readonly observerFastLane: boolean;
  /** Placard's version (root package.json), reported by /healthz. */
  readonly version: string;
}

/** How much the server logs (pino levels). */
export type LogLevel = z.infer<typeof logLevelSchema>;

/** A bad environment variable: the message names it (and never echoes a secret). */
export class ConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

const logLevelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

// Empty values count as unset, so `PORT= pnpm start` means the default, as in most tools.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const envSchema = z.object({
  PORT: optional(
    z
      .string()
      .regex(/^\d{1,5}$/, 'must be a port number from 0 to 65535')
      .transform(Number)
      .refine((port) => port <= 65535, 'must be a port number from 0 to 65535'),
  ),
  HOST: optional(z.string().regex(/^\S+$/, 'must be a host name or IP address')),
  PLACARD_DB: optional(z.string()),
  PLACARD_ADMIN_KEY: optional(
    z
      .string()
      .min(16, 'must be at least 16 characters')
      .max(256, 'must be at most 256 characters')
      .regex(/^\S+$/, 'must not contain spaces'),
  ),
  PUBLIC_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .refine((url) => !url.includes('#') && !url.includes('?'), 'must not have a query or hash'),
  ),
  PLACARD_MIGRATIONS_DIR: optional(z.string()),
  LOG_LEVEL: optional(logLevelSchema),
  PLACARD_OBSERVER_FAST_LANE: optional(z.enum(['on', 'off'], { error: 'must be on or off' })),
  PLACARD_FRAME_ANCESTORS: optional(
    z.string().transform((value, context) => {
      const sources = parseFrameAncestors(value);
      if (typeof sources === 'string') {
        context.addIssue({ code: 'custom', message: sources });
        return z.NEVER;
      }
      return sources;
    }),
  ),
});

/** `self`, `none` (alone), or origins such as `https://overlay.example.org` or `https://*.example.org:8443`. */
const FRAME_SOURCE =
  /^https?:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?\/?$/;

/** The CSP frame-ancestors sources in a space-separated list, or why the list is invalid. */
function parseFrameAncestors(value: string): string[] | string {
  const tokens = value.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return "must list 'self', 'none' or origins";
  const sources: string[] = [];
  for (const token of tokens) {
    const keyword = token.replace(/^'(.*)'$/, '$1').toLowerCase();
    if (keyword === 'self' || keyword === 'none') sources.push(`'${keyword}'`);
    else if (FRAME_SOURCE.test(token.toLowerCase()))
      sources.push(token.toLowerCase().replace(/\/$/, ''));
    else return `must list 'self', 'none' or origins like https://overlay.example.org`;
  }
  if (sources.includes("'none'") && sources.length > 1)
    return "'none' cannot be combined with other sources";
  return [...new Set(sources)];
}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const received = variable === 'PLACARD_ADMIN_KEY' ? '' : describeValue(env[variable]);
    throw new ConfigError(variable, `${issue?.message ?? 'invalid'}${received}`);
  }
  const vars = parsed.data;
  return {
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '0.0.0.0',
    dbPath: vars.PLACARD_DB ?? './data/placard.db',
    adminKey: vars.PLACARD_ADMIN_KEY,
    publicUrl: vars.PUBLIC_URL?.replace(/\/+$/, ''),
    migrationsDir: vars.PLACARD_MIGRATIONS_DIR,
    logLevel: vars.LOG_LEVEL ?? 'info',
    frameAncestors: vars.PLACARD_FRAME_ANCESTORS ?? ["'self'"],
    observerFastLane: vars.PLACARD_OBSERVER_FAST_LANE !== 'off',
    version: placardVersion(),
  };
}

function describeValue(value: string | undefined): string {
  return value === undefined ? '' : ` (got ${JSON.stringify(value.slice(0, 80))})`;
}

/** The project's version from the root package.json (inside the project, so always present). */
export function placardVersion(): string {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8');
  const parsed = z.object({ version: z.string() }).safeParse(JSON.parse(text));
  return parsed.success ? parsed.data.version : 'unknown';
}
