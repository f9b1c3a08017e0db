/** A PNG's width and height, from its IHDR chunk (bytes 16–23, after the signature and chunk header). */
export const pngSize = (body: Buffer) => ({ width: body.readUInt32BE(16), height: body.readUInt32BE(20) });

/**
 * How many pixels of two screenshots of the same size differ visibly (by more than `tolerance` in
 * a channel; the drawn map's lines are rasterised again with differences of 1–3), decoded by the page.
 */
export async function visiblyDifferentPixels(
  page: import("@playwright/test").Page,
  a: Buffer,
  b: Buffer,
  tolerance = 16,
): Promise<number> {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const pixels = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext("2d");
        if (!ctx) throw new Error("no 2d context");
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height);
      };
      const [x, y] = await Promise.all([pixels(a), pixels(b)]);
      if (x.width !== y.width || x.height !== y.height) return x.width * x.height;
      let n = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let c = 0; c < 3; c++) {
          if (Math.abs((x.data[i + c] ?? 0) - (y.data[i + c] ?? 0)) > tolerance) {
            n++;
            break;
          }
        }
      }
      return n;
    },
    {
      a: `data:image/png;base64,${a.toString("base64")}`,
      b: `data:image/png;base64,${b.toString("base64")}`,
      tolerance,
    },
  );
}
