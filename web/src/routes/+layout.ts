import { z } from 'zod';

// Placard is a live app over a socket: every page renders in the browser, and
// the server serves one SPA shell (adapter-static's fallback) for every route.
export const ssr = false;
export const prerender = false;

// The server's Content-Security-Policy forbids eval. Zod would probe `new Function` once
// (and fall back), which browsers report as a CSP violation; skip the probe.
z.config({ jitless: true });
