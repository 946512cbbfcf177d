/** Browser tests run against the built web app, as `pnpm start` serves it. */
import { ensureWebBuild } from '../../../scripts/webBuild.ts';

export default function setup(): void {
  ensureWebBuild();
}
