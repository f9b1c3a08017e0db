// What a native editor checks in the Japanese and Russian texts, as tests: each rule here was once
// broken on the site (issue "Facts as the sources say them, in all three languages").
import { describe, expect, it } from "vitest";
import { contract } from "@/lib/contract";
import { type MessageTree, messageLeaves, messagesFor } from "@/lib/server/messages";
import datasetJa from "@/messages/dataset.ja.json";
import datasetRu from "@/messages/dataset.ru.json";
import pkg from "@/package.json";

/** Every string of a message or dataset-translation file, as "key" → text. */
function strings(tree: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, key: string) => {
    if (typeof node === "string") out.set(key, node);
    else if (Array.isArray(node)) {
      for (const [i, n] of node.entries()) walk(n, `${key}[${i}]`);
    } else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node)) walk(v, key ? `${key}.${k}` : k);
  };
  walk(tree, "");
  return out;
}

const ui = Object.fromEntries(
  contract.locales.map((l) => [l, messageLeaves(messagesFor(l) as unknown as MessageTree)]),
) as Record<string, Map<string, string>>;
const ja = new Map([...(ui.ja ?? []), ...strings(datasetJa)]);
const ru = new Map([...(ui.ru ?? []), ...strings(datasetRu)]);
const all = new Map([...(ui.en ?? []), ...ja, ...ru]);

const offending = (texts: Map<string, string>, pattern: RegExp) =>
  [...texts].filter(([, text]) => pattern.test(text)).map(([key, text]) => `${key}: ${text.slice(0, 80)}`);

describe("texts in every language", () => {
  it("never double a date's unit or a full stop", () => {
    // A publisher's own name may hold what looks like a doubled unit: 宮崎日日新聞.
    const prose = new Map([...all].filter(([key]) => !/^sources\./.test(key)));
    expect(offending(prose, /年年|月月|日日|г\.\s*г\.|г\.\.|[^.]\.\.(?!\.)|。。|。\.|、、/)).toEqual([]);
  });

  it("never frame the story as 1994–2025: no source gives the year any centre stopped", () => {
    expect(offending(all, /1994\s*[–—-]\s*2025|1994[–—-]2025/)).toEqual([]);
    expect(pkg.description).not.toMatch(/1994\s*[–—-]\s*2025/);
  });
});

describe("Japanese", () => {
  const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;

  it("has no ASCII comma or full stop right after Japanese text", () => {
    expect(offending(ja, new RegExp(`${japanese.source}[,.](?:\\s|$)`))).toEqual([]);
  });

  it("uses the centres' official names and the source's words", () => {
    expect(offending(ja, /ユジノサハリンスク日本センター/)).toEqual([]);
    expect(offending(ja, /マクシマ・ゴーリコヴォ/)).toEqual([]);
    expect(offending(ja, /出典に報告はありません/)).toEqual([]);
    // AiF Primorye: the centre's work would be "wound down", not "scaled down".
    expect(datasetJa.events["2025-01-19-aif-vladivostok"].summary).toContain("打ち切");
    expect(datasetJa.events["2025-01-19-aif-vladivostok"].summary).not.toContain("縮小");
    expect(ui.ja?.get("center.incidents")).toBe("検査・事案");
  });

  it("writes the dataset's prose in one register, the plain form (docs/glossary/ja.json)", () => {
    const dataset = new Map([...strings(datasetJa)].filter(([key]) => !/^(sources|changelog)\./.test(key)));
    expect(offending(dataset, /(です|ます|でした|ました|ません)[。）]?$/)).toEqual([]);
  });

  it("calls the suspension of the memoranda one thing (適用停止)", () => {
    expect(offending(ja, /覚書の終了|適用を終了|適用が終了|覚書を終わらせ/)).toEqual([]);
    expect(ui.ja?.get("status.memoranda-ended")).toContain("適用停止");
  });
});

describe("Russian", () => {
  it("never puts a full stop right after a date argument (Intl writes «1994 г.»)", () => {
    expect(
      offending(
        ui.ru ?? new Map(),
        /\{(?:date|opened|closure|order|first|last|memo2000|memo2003|conveyed|min|max)\}\./,
      ),
    ).toEqual([]);
  });

  it("agrees with any centre's name and says what each button does", () => {
    expect(ui.ru?.get("map.announceSelected")).not.toMatch(/^Выбран \{name\}/);
    expect(ui.ru?.get("footer.copyCitation")).not.toBe(ui.ru?.get("share.copyLink"));
    expect(ui.ru?.get("asof.latest")).not.toBe("Сейчас");
    expect(offending(ru, /в городе \{name\}|в городе Москва\b/)).toEqual([]);
  });

  it("calls the suspension of the memoranda one thing (прекращение применения)", () => {
    expect(offending(ru, /перестала применять|приостанов/)).toEqual([]);
    expect(ui.ru?.get("legend.memoranda-ended")).toContain("прекратила применение");
  });

  it("gives St Petersburg's address as the source does: no house number, and the library", () => {
    const text = datasetRu.cities["saint-petersburg"].address.entries["nevsky-2025"].text;
    expect(text).toMatch(/номер дома не указан/);
    expect(text).toMatch(/библиотек/);
  });
});
