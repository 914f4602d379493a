import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags every Chromium we start needs on these machines: no sandbox as root, no network chatter. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to drive: $CHROMIUM_PATH, else Debian's. When it is missing and we are root,
 * installs Debian's package; otherwise stops with the command to run.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (existsSync(path)) return path;
  if (path === DEFAULT_CHROMIUM && process.getuid?.() === 0) {
    console.log('Chromium is missing: installing Debian\'s "chromium" package…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(path)) return path;
  }
  throw new Error(
    `Chromium not found at ${path}. Install it with "apt-get install -y chromium" (as root), ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}
