import type { Browser } from "@playwright/test";

/**
 * A fresh phone-sized page (390 × 844, touch) with its CPU slowed 4×, as the bench's phone figures
 * and the layout-shift spec use; `slowNetwork` adds a slow 4G link (150 ms, 1.6 Mbit/s down).
 */
export async function phonePage(browser: Browser, { slowNetwork = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  if (slowNetwork) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  return { context, page };
}
