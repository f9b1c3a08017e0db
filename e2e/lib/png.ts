import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

/** A PNG's width and height, from its IHDR chunk (bytes 16–23, after the signature and chunk header). */
export const pngSize = (body: Buffer) => ({ width: body.readUInt32BE(16), height: body.readUInt32BE(20) });

/**
 * Share of pixels that differ noticeably between two PNGs of the same size, by pixelmatch: a
 * pixel counts when its colour distance (YIQ, brightness weighted as the eye weighs it) is over
 * `threshold` (0–1; a grey step of d levels of 255 is d × 0.0038), anti-aliased pixels included,
 * so that an edge drawn a pixel off counts. 0.02 matches a summed RGB difference of 16 (of 765),
 * 0.06 one of 48 (docs/decisions/014-maintained-libraries.md).
 */
export function differingShare(a: Buffer, b: Buffer, threshold = 0.06): number {
  const [p, q] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (p.width !== q.width || p.height !== q.height) {
    throw new Error(`differingShare: ${p.width}×${p.height} against ${q.width}×${q.height}`);
  }
  return (
    pixelmatch(p.data, q.data, undefined, p.width, p.height, { threshold, includeAA: true }) / (p.width * p.height)
  );
}
