// The corrections and updates feed (`/updates.atom`, `/ja/updates.atom`, `/ru/updates.atom`): an
// Atom 1.0 document (RFC 4287) from data/changelog.json in the feed's language, newest first, so
// sites that embed the map learn when a fact they show has changed. Linked from every page's
// <head>; each entry links to its version in the corrections log on /about.
import "server-only";
import { contract, type Locale } from "@/lib/contract";
import { centersFor } from "@/lib/server/centers";
import { translator } from "@/lib/server/text";
import { SITE_URL } from "@/lib/site";
import { escapeXml } from "@/lib/xml";

/** The feed's Atom XML for a language, with absolute links under `origin`. */
export function updatesFeed(locale: Locale, origin = SITE_URL): string {
  const t = translator(locale);
  const centers = centersFor(locale);
  const entries = centers.changelog();
  const self = `${origin}${contract.feed(locale)}`;
  const about = `${origin}${contract.page(locale, "about")}`;
  const updated = atomDate(entries[0]?.date ?? centers.meta.dataVersion);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${contract.languages[locale].intl}">`,
    `  <title>${escapeXml(t("feed.title"))}</title>`,
    `  <subtitle>${escapeXml(t("feed.subtitle"))}</subtitle>`,
    `  <id>${escapeXml(self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${about}#corrections`)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(t("site.name"))}</name></author>`,
    `  <rights>${escapeXml(centers.meta.licence.attribution)}</rights>`,
  ];
  for (const entry of entries) {
    const link = `${about}#${versionAnchor(entry.version)}`;
    const changes = `<ul>${entry.changes.map((c) => `<li>${escapeXml(c.text)}</li>`).join("")}</ul>`;
    lines.push(
      "  <entry>",
      `    <id>${escapeXml(link)}</id>`,
      `    <title>${escapeXml(t("feed.entryTitle", { version: entry.version, summary: entry.summary }))}</title>`,
      `    <updated>${atomDate(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      `    <content type="html">${escapeXml(`<p>${escapeXml(entry.summary)}</p>${changes}`)}</content>`,
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}

/** The feed's HTTP answer, for its two routes (app/updates.atom, app/[locale]/updates.atom). */
export function feedResponse(locale: Locale): Response {
  return new Response(updatesFeed(locale), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}

/** The id of a version's entry in the corrections log on /about: `version-2026-11-30`. */
export function versionAnchor(version: string): string {
  return `version-${version}`;
}

/** A data date (YYYY, YYYY-MM or YYYY-MM-DD) as an Atom date-time, at midnight UTC of its first day. */
function atomDate(date: string): string {
  const [y = "1970", m = "01", d = "01"] = date.split("-");
  return `${y}-${m}-${d}T00:00:00Z`;
}
