import { inlineScriptHashes } from "../scripts/lib/inline-scripts.mjs";
import { allFindings, highFindings } from "./lib/csp";
import { expect, test, waitForMap } from "./lib/fixtures";

const PAGES = [
  "/",
  "/centers/vladivostok",
  "/ja/centers/khabarovsk",
  "/centers/moscow?asof=2001-06-30",
  "/embed/moscow",
  "/ru/embed?asof=2025-02-01",
  "/sources",
  "/centers/tokyo",
];

test.describe("security headers", () => {
  for (const path of PAGES) {
    test(`${path}: a strict policy with no high-severity finding, and the other headers`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect([200, 404]).toContain(response.status());
      const headers = response.headers();
      const policy = headers["content-security-policy"] ?? "";
      expect(highFindings(policy), allFindings(policy).join("\n")).toEqual([]);
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(policy).toContain("worker-src 'self' blob:");
      expect(policy).toContain("img-src 'self' data: blob:");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("form-action 'self'");
      const embed = /^\/(?:ja\/|ru\/)?embed/.test(path);
      expect(policy).toContain(embed ? "frame-ancestors *" : "frame-ancestors 'none'");
      expect(headers["x-frame-options"]).toBe(embed ? undefined : "DENY");
      expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("every page, dated views included, allows exactly its own inline scripts, the same for every reader", async ({
    request,
  }) => {
    const inlineHashes = (html: string) => new Set(inlineScriptHashes(html));
    const policyHashes = (policy: string | undefined) => new Set(policy?.match(/'sha256-[^']+'/g) ?? []);
    for (const path of ["/centers/moscow", "/centers/moscow?asof=2001-06-30", "/ja/embed?asof=1996-05-01"]) {
      const first = await request.get(path);
      const html = await first.text();
      const policy = first.headers()["content-security-policy"];
      expect(policy, path).not.toContain("nonce");
      expect(policyHashes(policy), path).toEqual(inlineHashes(html));
      expect(inlineHashes(html).size, path).toBeGreaterThan(0);
      // Prerendered: a second reader gets the same bytes and the same policy (a CDN may cache it).
      const second = await request.get(path);
      expect(second.headers()["content-security-policy"], path).toBe(policy);
      expect(await second.text(), path).toBe(html);
    }
  });

  test("files and data downloads allow nothing to run and refuse framing", async ({ request }) => {
    for (const path of ["/data/events.csv", "/oembed?url=x", "/og/moscow.png", "/robots.txt"]) {
      const headers = (await request.get(path)).headers();
      expect(highFindings(headers["content-security-policy"] ?? ""), path).toEqual([]);
      expect(headers["content-security-policy"], path).toContain("default-src 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
    }
  });
});

test("pages run under their policy with nothing blocked (the fixture fails on any CSP report)", async ({ page }) => {
  // The shared fixture fails a test on any "Content Security Policy" console message.
  await page.goto("/centers/moscow?asof=2001-06-30");
  await waitForMap(page);
  await page.getByRole("link", { name: "Close and return to the overview (Esc)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Japan Centers in Russia");
  await page.goto("/ja/embed/vladivostok?theme=dark");
  await waitForMap(page);
  await page.goto("/centers/tokyo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("There is no such page");
});
