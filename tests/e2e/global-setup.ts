import { execFileSync } from 'node:child_process';
import { chromiumPath } from '../support/chromium';

/** Builds the extension once per run (Chrome MV3, as shipped) and makes sure Chromium is there. */
export default function setup() {
  chromiumPath();
  if (process.env.APR_LENS_SKIP_BUILD) return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
}
