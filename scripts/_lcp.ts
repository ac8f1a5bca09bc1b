// @ts-nocheck
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
const server = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (let run = 0; run < 3; run++) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push([Math.round(e.startTime), e.element?.className ?? e.element?.tagName, e.size]); }).observe({ type: 'largest-contentful-paint', buffered: true });
    window.__mut = [];
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((ms) => { for (const m of ms) for (const n of m.removedNodes) if (n.nodeType === 1) window.__mut.push([Math.round(performance.now()), 'removed', n.className || n.tagName]); }).observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.goto(server.url + 'en/embed/cement-output/');
  await page.waitForTimeout(4000);
  console.log(JSON.stringify(await page.evaluate(() => window.__lcp)), JSON.stringify((await page.evaluate(() => window.__mut)).slice(0, 12)));
  await page.close();
}
await browser.close(); await server.close();
