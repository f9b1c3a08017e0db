import type { Page } from "@playwright/test";

/** A PNG's width and height, from its IHDR chunk (bytes 16–23, after the signature and chunk header). */
export const pngSize = (body: Buffer) => ({ width: body.readUInt32BE(16), height: body.readUInt32BE(20) });

/**
 * Share of pixels that differ noticeably between two PNGs of the same size: their summed RGB
 * difference is over `threshold` (of 765), decoded by the page.
 */
export async function differingShare(page: Page, a: Buffer, b: Buffer, threshold = 48): Promise<number> {
  return page.evaluate(
    async ([one, two, limit]) => {
      const read = async (url: string) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext("2d");
        if (!ctx) throw new Error("no 2d context");
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const [p, q] = [await read(String(one)), await read(String(two))];
      let differing = 0;
      for (let i = 0; i < p.length; i += 4) {
        const d =
          Math.abs((p[i] ?? 0) - (q[i] ?? 0)) +
          Math.abs((p[i + 1] ?? 0) - (q[i + 1] ?? 0)) +
          Math.abs((p[i + 2] ?? 0) - (q[i + 2] ?? 0));
        if (d > limit) differing++;
      }
      return differing / (p.length / 4);
    },
    [
      `data:image/png;base64,${a.toString("base64")}`,
      `data:image/png;base64,${b.toString("base64")}`,
      threshold,
    ] as const,
  );
}
