import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/index.ts';
import { killIfRunning, startServerProcess, type Child } from './helpers/serverProcess.ts';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dbPath: './data/placard.db',
      adminKey: undefined,
      publicUrl: undefined,
      migrationsDir: undefined,
      logLevel: 'info',
    });
  });

  it("turns the observers' fast lane off only when asked, and refuses other values", () => {
    expect(loadConfig({}).observerFastLane).toBe(true);
    expect(loadConfig({ PLACARD_OBSERVER_FAST_LANE: 'on' }).observerFastLane).toBe(true);
    expect(loadConfig({ PLACARD_OBSERVER_FAST_LANE: 'off' }).observerFastLane).toBe(false);
    expect(configError({ PLACARD_OBSERVER_FAST_LANE: 'no' }).variable).toBe(
      'PLACARD_OBSERVER_FAST_LANE',
    );
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        PLACARD_DB: '/tmp/x.db',
        PLACARD_ADMIN_KEY: 'a-long-enough-admin-key',
        PUBLIC_URL: 'https://mun.example.org/',
        PLACARD_MIGRATIONS_DIR: '/tmp/migrations',
        LOG_LEVEL: 'warn',
      }),
    ).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dbPath: '/tmp/x.db',
      adminKey: 'a-long-enough-admin-key',
      publicUrl: 'https://mun.example.org',
      migrationsDir: '/tmp/migrations',
      logLevel: 'warn',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['HOST', 'two words'],
    ['PUBLIC_URL', 'placard.local'],
    ['PUBLIC_URL', 'ftp://placard.local'],
    ['LOG_LEVEL', 'loud'],
  ])('names %s when it is %j', (variable, value) => {
    const error = configError({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(new RegExp(`^${variable}: `));
  });

  it('names PLACARD_ADMIN_KEY when too short, without echoing it', () => {
    const error = configError({ PLACARD_ADMIN_KEY: 'short-secret' });
    expect(error.variable).toBe('PLACARD_ADMIN_KEY');
    expect(error.message).not.toContain('short-secret');
  });

  describe('the server process', () => {
    let child: Child | undefined;
    afterEach(() => killIfRunning(child));

    it('exits non-zero naming PORT when PORT=abc', async () => {
      child = startServerProcess({ PORT: 'abc', PLACARD_DB: '/nonexistent/never-created.db' });
      const { code } = await child.exited();
      expect(code).not.toBe(0);
      expect(child.stderr()).toContain('PORT');
      expect(child.stderr()).toMatch(/invalid configuration: PORT: .*"abc"/);
    });
  });
});
