/**
 * A real server serving the built web app on 127.0.0.1, for browser tests.
 */
import { join } from 'node:path';
import {
  startLiveServer,
  type LiveServer,
  type LiveServerOptions,
} from '../../integration/helpers/liveServer.ts';

export const WEB_BUILD = join(import.meta.dirname, '..', '..', '..', 'web', 'build');

/** Start a server with the 2026 Council as `unsc` and the web app. */
export function startWebServer(
  options: Omit<LiveServerOptions, 'webRoot'> = {},
): Promise<LiveServer> {
  return startLiveServer({ ...options, webRoot: WEB_BUILD });
}
