/**
 * Builds the extension and opens the sample UN page with it loaded.
 * With a display: a Chromium window to try it in. Headless (no display, or --headless):
 * saves demo.png of the annotated page and prints what the extension found.
 */
import { execFileSync } from 'node:child_process';
import { chromiumPath } from '../tests/support/chromium';
import { launchExtension } from '../tests/support/extension';
import { overlay } from '../tests/support/overlay';

const DEMO_PAGE = 'demo/index.html';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

chromiumPath();
execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });

const session = await launchExtension({ headless });
const page = await session.openPage(DEMO_PAGE);
console.log(`Demo page: ${page.url()}`);

if (!headless) {
  console.log('Chromium is open with APR Lens loaded. Close the window to finish.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  await session.server.close();
} else {
  await page
    .waitForFunction(() => (CSS.highlights.get('apr-lens-ref')?.size ?? 0) > 0, null, { timeout: 15_000 })
    .catch(() => undefined);
  const found = await page.evaluate(() =>
    ['apr-lens-ref', 'apr-lens-ref-none', 'apr-lens-para'].map((name) => ({
      name,
      texts: [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString().replace(/\s+/g, ' ')),
    })),
  );
  for (const { name, texts } of found) {
    console.log(`${name}: ${texts.length}${texts.length ? ` — ${texts.join(' | ')}` : ''}`);
  }
  // Walk to "para 29 e" from the keyboard, as a reader would, so that the shot shows its card.
  for (let step = 0; step < 3; step++) await page.keyboard.press('Alt+Shift+N');
  await overlay(page)
    .then((host) => host.locator('.card').waitFor({ state: 'visible', timeout: 5000 }))
    .catch(() => undefined);
  await page.screenshot({ path: 'demo.png' });
  console.log('Screenshot saved: demo.png');
  await session.close();
}
