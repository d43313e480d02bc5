import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderAppIcon } from './app-icon.js';

function readPng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  const rows = inflateSync(png.subarray(41, 41 + idatLength));
  const pixel = (x: number, y: number) => [...rows.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 5 + x * 4)];
  return { width, height, pixel };
}

describe('the app icon', () => {
  it.each([192, 512])('is a %i px opaque PNG, portal blue to the edges (maskable)', (size) => {
    const icon = readPng(renderAppIcon(size));
    expect([icon.width, icon.height]).toEqual([size, size]);
    expect(icon.pixel(0, 0)).toEqual([0x0b, 0x57, 0xa4, 255]);
    expect(icon.pixel(size - 1, size - 1)).toEqual([0x0b, 0x57, 0xa4, 255]);
    // The gold centre tile sits in the middle, well inside the maskable safe zone.
    expect(icon.pixel(size / 2, size / 2)).toEqual([0xf2, 0xb1, 0x2e, 255]);
  });
});
