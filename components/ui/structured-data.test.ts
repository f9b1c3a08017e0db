import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StructuredData } from "@/components/ui/structured-data";
import { contract } from "@/lib/contract";
import { pageGraph } from "@/lib/structured-data-schema";
import { inlineScriptHashes } from "@/scripts/lib/inline-scripts.mjs";

const render = (view: Parameters<typeof StructuredData>[0]["view"]) =>
  renderToStaticMarkup(createElement(StructuredData, { view }));

describe("StructuredData", () => {
  it("renders the page's graph as one JSON-LD data block, which the policy's hashes leave out", () => {
    const html = render(contract.view({ locale: "ja", page: "centre", slug: "moscow" }));
    const block = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html);
    expect(block).not.toBeNull();
    expect(pageGraph.safeParse(JSON.parse(block?.[1] ?? "")).success).toBe(true);
    // A data block never runs: scripts/lib/inline-scripts.mjs, which the build, the export and
    // the security test hash pages with, does not list it.
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it("renders nothing on an embed", () => {
    expect(render(contract.view({ locale: "en", page: "overview", embedded: true }))).toBe("");
  });
});
