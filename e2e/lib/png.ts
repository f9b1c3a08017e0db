/** A PNG's width and height, from its IHDR chunk (bytes 16–23, after the signature and chunk header). */
export const pngSize = (body: Buffer) => ({ width: body.readUInt32BE(16), height: body.readUInt32BE(20) });
