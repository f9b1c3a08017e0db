// The first screen of each centre's page, on a phone (390 × 844) and a desktop (1280 × 800), as a
// reader following a journalist's link sees it: docs/centres/<slug>-phone.png and -desktop.png,
// listed in docs/centres/README.md. Run against a built server after a change to the panel or the
// map, and commit what changed:
//   npm run build && npm start &  npm run pictures:centres [-- baseUrl]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/lib/browser";
import { contract } from "../lib/contract";

const base = process.argv[2] ?? "http://localhost:3000";
const out = join(import.meta.dirname, "..", "docs", "centres");
const sizes = [
  { name: "phone", width: 390, height: 844, mobile: true },
  { name: "desktop", width: 1280, height: 800, mobile: false },
] as const;

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows: string[] = [];
for (const size of sizes) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    isMobile: size.mobile,
    hasTouch: size.mobile,
  });
  const page = await context.newPage();
  // The six in English, and Moscow in Russian (the longest words: the before/after).
  const shots = [
    ...contract.slugs.map((slug) => ({ slug, locale: "en" as const, name: slug })),
    { slug: "moscow" as const, locale: "ru" as const, name: "moscow-ru" },
  ];
  for (const { slug, locale, name } of shots) {
    const path = contract.href(contract.view({ locale, page: "centre", slug }));
    await page.goto(base + path);
    // Hydrated ("Explore the map" is rendered by the browser) and the fonts in.
    await page.locator("[data-explore]").last().waitFor({ timeout: 15_000 });
    await page.evaluate(() => document.fonts.ready);
    const file = `${name}-${size.name}.png`;
    writeFileSync(join(out, file), await page.screenshot());
    console.log(`docs/centres/${file}`);
  }
  await context.close();
}
await browser.close();

for (const slug of contract.slugs)
  rows.push(
    `| \`/centers/${slug}\` | ![${slug}, phone](${slug}-phone.png) | ![${slug}, desktop](${slug}-desktop.png) |`,
  );
writeFileSync(
  join(out, "README.md"),
  [
    "# Each centre's first screen",
    "",
    "What a reader following a link to one centre sees before scrolling, on a 390 × 844 phone and a",
    "1280 × 800 desktop: the centre's name, its status, its opening and its closure (decision 011).",
    "Made by `npm run pictures:centres` against a running build; do not edit by hand.",
    "",
    "| page | phone | desktop |",
    "|---|---|---|",
    ...rows,
    "| `/ru/centers/moscow` | ![moscow in Russian, phone](moscow-ru-phone.png) | ![moscow in Russian, desktop](moscow-ru-desktop.png) |",
    "",
    "Before issue 25, for comparison (kept by hand, not regenerated): `/ru/centers/moscow`",
    "[on a phone](before-issue-25/moscow-ru-phone.png) and [on a desktop](before-issue-25/moscow-ru-desktop.png).",
    "",
  ].join("\n"),
);
