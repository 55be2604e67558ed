/**
 * PNG in and out for share cards. resvg's own encoder compresses at its highest level, which
 * took two thirds of each card's time (9 ms of 13); a card is flat colour and text, which
 * zlib at level 3 compresses to about 37 KB in under 2 ms (level 6: 26 KB in 6 ms). The image is
 * opaque, so its alpha channel is dropped (RGB, 8 bits). zlib does the compression; this
 * module only writes PNG's chunks (and reads a header back, for checks).
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** An opaque RGB PNG of `rgba` pixels (4 bytes each, row by row), alpha dropped. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: ${rgba.length} bytes is not ${width}×${height} RGBA`);
  // Each row starts with its filter byte, 0 (none): on flat colour, filters gained nothing
  // that zlib's matching did not already find.
  const raw = Buffer.allocUnsafe((width * 3 + 1) * height);
  let o = 0;
  let i = 0;
  for (let y = 0; y < height; y++) {
    raw[o++] = 0;
    for (let x = 0; x < width; x++, i += 4) {
      raw[o++] = rgba[i]!;
      raw[o++] = rgba[i + 1]!;
      raw[o++] = rgba[i + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  // compression, filter method and interlace: 0 (the only defined methods; no interlace)
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Width and height from a PNG's IHDR chunk, or undefined if `data` is not a PNG. */
export function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(SIGNATURE) || buffer.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
