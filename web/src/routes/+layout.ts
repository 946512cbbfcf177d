// Placard is a live app over a socket: every page renders in the browser, and
// the server serves one SPA shell (adapter-static's fallback) for every route.
export const ssr = false;
export const prerender = false;
