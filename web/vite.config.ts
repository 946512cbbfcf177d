import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-static';
import { defineConfig } from 'vite';
import { bundleReport } from './bundleReport.ts';

// The server (Fastify) serves this build: an SPA shell whose pages talk to the
// HTTP API and Socket.IO on the same origin. In `pnpm dev`, Vite proxies both.
const serverOrigin = process.env['PLACARD_DEV_SERVER'] ?? 'http://127.0.0.1:3001';

export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter({ fallback: 'index.html', pages: 'build', assets: 'build' }),
    }),
    bundleReport(),
  ],
  server: {
    proxy: {
      '/api': serverOrigin,
      '/healthz': serverOrigin,
      '/socket.io': { target: serverOrigin, ws: true },
    },
  },
});
