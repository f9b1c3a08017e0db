import { type APIRequestContext, expect } from "@playwright/test";
import { JSDOM } from "jsdom";

/**
 * A page as the server sends it, parsed, with no browser (issue 26): for what is in the HTML
 * itself (status, head, JSON-LD, headings, links). Follows redirects; `status` is the answer
 * expected at the end of them.
 */
export async function served(request: APIRequestContext, path: string, status = 200) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(status);
  const document = new JSDOM(await response.text()).window.document;
  return { document, url: new URL(response.url()), response };
}

/** A link's href, found by its text exactly as a reader reads it. */
export function linkNamed(document: Document, name: string, within: ParentNode = document): string | null {
  const link = [...within.querySelectorAll("a")].find((a) => a.textContent?.trim() === name);
  return link ? link.getAttribute("href") : null;
}
