import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser tests drive Debian's Chromium (Playwright cannot download its own browser on
 * this network). Installs it where we run as root with apt-get; otherwise says how, in one line.
 */
export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('which', ['apt-get']).status === 0;
  if (!root || !apt) {
    console.error(`Chromium is missing: install it with \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH to a Chromium binary), then run npm test again.`);
    process.exit(1);
  }
  console.log('Chromium is missing: installing Debian’s chromium with apt-get…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(chromiumPath)) {
    console.error(`apt-get installed chromium, but ${chromiumPath} is not there; set CHROMIUM_PATH to the binary.`);
    process.exit(1);
  }
}

// Without the background-networking flags Chromium keeps trying to reach Google's hosts,
// which this closed network refuses.
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: flags });
}
