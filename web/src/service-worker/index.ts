/**
 * Placard's service worker, kept small on purpose: it caches the app shell
 * (the SPA's index page and its hashed bundles) and each committee's public
 * API answer, which carries the briefing, so a delegate can reopen the seat
 * and read the briefing on a phone that lost the conference Wi-Fi. Live
 * traffic (Socket.IO) and everything else go straight to the network.
 */
import { self } from '$app/service-worker';
import { immutable } from '$app/manifest';
import { version } from '$app/env';

const SHELL = `placard-shell-${version}`;
const BRIEFINGS = 'placard-briefings';
const INDEX = '/';
const bundles = immutable.map((file) => `/${file.path}`);
const bundleSet = new Set(bundles);
const committeeApi = /^\/api\/committees\/[a-z0-9][a-z0-9-]*$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll([INDEX, ...bundles]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('placard-shell-') && key !== SHELL)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** Network first, keeping the answer under `key`; the kept copy when the network fails. */
async function networkFirst(request: Request, cacheName: string, key: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw error;
  }
}

/** Hashed bundles never change: the cached copy, else the network. */
async function cacheFirst(request: Request): Promise<Response> {
  const kept = await caches.match(request, { cacheName: SHELL });
  return kept ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page of the SPA is the same shell: keep the freshest copy for offline starts.
    event.respondWith(networkFirst(request, SHELL, INDEX));
  } else if (bundleSet.has(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (committeeApi.test(url.pathname)) {
    event.respondWith(networkFirst(request, BRIEFINGS, url.pathname));
  }
});
