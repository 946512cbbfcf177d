/**
 * Keep the committee's briefing on the phone: ask for the committee's public
 * API answer once the service worker controls the page, so the worker stores
 * it and the Briefing screen can read it later without a connection.
 */
export const briefingUrl = (committee: string): string =>
  `/api/committees/${encodeURIComponent(committee)}`;

export function keepBriefingOffline(committee: string): void {
  const worker = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  if (!worker) return;
  const fetchOnce = (): void => {
    fetch(briefingUrl(committee)).catch(() => undefined);
  };
  if (worker.controller) fetchOnce();
  else worker.addEventListener('controllerchange', fetchOnce, { once: true });
}
