import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Serves the built site (dist/) on localhost for the browser tests, as `npm start` does. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('No built site in dist/: run `npm run build` first (`npm test` does it for you).');
  }
  const port = await freePort();
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return () => server.stop();
}
