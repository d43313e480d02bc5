import { readFile } from 'node:fs/promises';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { reencodePhoto } from './reencode-photo.js';
import { UploadRejected } from './upload-rejected.js';
import { jpegWithGps, noiseJpeg, pixelAt, pngBomb, redLeftBlueRight } from './test-images.js';

const HEIC_FIXTURE = new URL('./fixtures/photo-with-gps.heic', import.meta.url);
const XMP = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Secret Author</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>';

async function rejection(promise: Promise<unknown>): Promise<UploadRejected> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UploadRejected);
  return error as UploadRejected;
}

/** Everything a reader of the stored file could learn besides the pixels. */
async function metadataLeft(image: Buffer) {
  const meta = await sharp(image).metadata();
  return { exif: meta.exif, xmp: meta.xmp, icc: meta.icc, orientation: meta.orientation };
}

describe('reencodePhoto', () => {
  it('drops EXIF and GPS, shrinks a 4000×3000 photo to 2048 on the long side and makes a 400 px thumbnail', async () => {
    const input = await jpegWithGps(4000, 3000);
    expect(exifReader((await sharp(input).metadata()).exif!).GPSInfo?.GPSLatitude).toEqual([21, 23, 0]);

    const { full, thumb, sourceType } = await reencodePhoto(input);

    expect(sourceType).toBe('image/jpeg');
    expect(full).toMatchObject({ contentType: 'image/jpeg', width: 2048, height: 1536, size: full.data.length });
    expect(thumb).toMatchObject({ contentType: 'image/jpeg', width: 400, height: 300, size: thumb.data.length });
    expect(await metadataLeft(full.data)).toEqual({ exif: undefined, xmp: undefined, icc: undefined, orientation: undefined });
    expect(await metadataLeft(thumb.data)).toEqual({ exif: undefined, xmp: undefined, icc: undefined, orientation: undefined });
    expect(full.data.includes('TestCam')).toBe(false);
    expect((await sharp(full.data).metadata()).format).toBe('jpeg');
  });

  it('turns a photo upright by its EXIF orientation (6: rotate 90° clockwise) and keeps no orientation tag', async () => {
    const input = await redLeftBlueRight(400, 200, 6);
    expect((await sharp(input).metadata()).orientation).toBe(6);

    const { full } = await reencodePhoto(input);

    expect([full.width, full.height]).toEqual([200, 400]);
    const [top, bottom] = [await pixelAt(full.data, 100, 50), await pixelAt(full.data, 100, 350)];
    expect(top[0]).toBeGreaterThan(200); // the stored left (red) half is now on top
    expect(top[2]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
    expect(bottom[0]).toBeLessThan(60);
    expect((await sharp(full.data).metadata()).orientation).toBeUndefined();
  });

  it('never enlarges a small photo and respects maxLongSide / thumbLongSide', async () => {
    const small = await reencodePhoto(await jpegWithGps(640, 480));
    expect([small.full.width, small.full.height, small.thumb.width, small.thumb.height]).toEqual([640, 480, 400, 300]);
    const tiny = await reencodePhoto(await jpegWithGps(120, 90), { maxLongSide: 100, thumbLongSide: 50 });
    expect([tiny.full.width, tiny.full.height, tiny.thumb.width, tiny.thumb.height]).toEqual([100, 75, 50, 38]);
  });

  it('accepts PNG (transparency onto white) and WebP, dropping XMP and the ICC profile (colours in sRGB)', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .withXmp(XMP)
      .toBuffer();
    const webp = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#22aa44' } })
      .webp()
      .withIccProfile('p3')
      .withExif({ IFD0: { Make: 'TestCam' } })
      .toBuffer();
    expect((await sharp(webp).metadata()).icc).toBeDefined();
    expect((await sharp(png).metadata()).xmp).toBeDefined();

    const fromPng = await reencodePhoto(png);
    const fromWebp = await reencodePhoto(webp);

    expect(fromPng.sourceType).toBe('image/png');
    expect([fromPng.full.width, fromPng.full.height]).toEqual([300, 200]);
    expect(await pixelAt(fromPng.full.data, 10, 10)).toEqual([255, 255, 255]);
    expect(fromWebp.sourceType).toBe('image/webp');
    expect([fromWebp.full.width, fromWebp.full.height]).toEqual([2048, 683]);
    for (const output of [fromPng.full.data, fromWebp.full.data, fromWebp.thumb.data]) {
      expect(await metadataLeft(output)).toEqual({ exif: undefined, xmp: undefined, icc: undefined, orientation: undefined });
    }
  });

  it('decodes a real HEVC HEIC (fixture made with libheif, carrying GPS) into a clean JPEG', async () => {
    const input = await readFile(HEIC_FIXTURE);
    const source = await sharp(input).metadata();
    expect(source.compression).toBe('hevc');
    expect(exifReader(source.exif!).GPSInfo?.GPSLongitude).toEqual([103, 1, 0]);

    const { full, thumb, sourceType } = await reencodePhoto(input);

    expect(sourceType).toBe('image/heic');
    expect([full.width, full.height, thumb.width, thumb.height]).toEqual([320, 240, 320, 240]);
    const [topLeft, bottomRight] = [await pixelAt(full.data, 40, 30), await pixelAt(full.data, 280, 200)];
    expect(topLeft[2]).toBeGreaterThan(180); // blue quarter
    expect(topLeft[0]).toBeLessThan(80);
    expect(bottomRight[0]).toBeGreaterThan(180); // red elsewhere
    expect(bottomRight[2]).toBeLessThan(80);
    expect(await metadataLeft(full.data)).toEqual({ exif: undefined, xmp: undefined, icc: undefined, orientation: undefined });
    expect(full.data.includes('FixtureCam')).toBe(false);
  });

  it('refuses a PNG declaring 20000×20000 pixels as too-many-pixels, from its header', async () => {
    const bomb = pngBomb(20_000, 20_000);
    expect(bomb.length).toBeLessThan(200_000);
    const error = await rejection(reencodePhoto(bomb));
    expect(error.code).toBe('too-many-pixels');
    expect(error.messages.vi).toContain('20000×20000');
    expect(error.messages.en).toContain('40 megapixels');
  });

  it('applies a lower maxPixels to HEIC too, before decoding', async () => {
    const error = await rejection(reencodePhoto(await readFile(HEIC_FIXTURE), { maxPixels: 320 * 240 - 1 }));
    expect(error.code).toBe('too-many-pixels');
  });

  it('refuses a truncated JPEG and a truncated HEIC as corrupt', async () => {
    const jpeg = await noiseJpeg(800, 600);
    expect((await rejection(reencodePhoto(jpeg.subarray(0, jpeg.length / 2)))).code).toBe('corrupt');
    const heic = await readFile(HEIC_FIXTURE);
    expect((await rejection(reencodePhoto(heic.subarray(0, heic.length - 200)))).code).toBe('corrupt');
  });

  it('refuses what is not a photo as unsupported-type', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const error = await rejection(reencodePhoto(pdf));
    expect(error.code).toBe('unsupported-type');
    expect(error.messages.vi).toBe('Định dạng tệp không được chấp nhận. Hãy chọn tệp JPEG, PNG, WebP, HEIC.');
    expect((await rejection(reencodePhoto(Buffer.from('#!/bin/sh\necho hi\n')))).code).toBe('unsupported-type');
  });
});
