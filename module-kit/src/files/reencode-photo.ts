import sharp, { type Sharp } from 'sharp';
import { detectUploadType, type UploadKind } from './upload-kind.js';
import { UploadRejected } from './upload-rejected.js';
import { corrupt, tooManyPixels, unsupportedType } from './upload-messages.js';

export interface ProcessedImage {
  data: Buffer;
  contentType: 'image/jpeg';
  width: number;
  height: number;
  size: number;
}

export interface ReencodeOptions {
  /** Longest side of the full image; default 2048. Smaller images are never enlarged. */
  maxLongSide?: number;
  /** Longest side of the thumbnail; default 400. */
  thumbLongSide?: number;
  /** Refuse images with more pixels than this (decompression bombs); default 40 million. */
  maxPixels?: number;
}

export const PHOTO_KINDS = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const satisfies readonly UploadKind[];
type PhotoKind = (typeof PHOTO_KINDS)[number];

const JPEG_QUALITY = 82;
// 'error' refuses truncated and broken data but tolerates the harmless warnings many cameras cause.
const FAIL_ON = 'error';

/**
 * Re-encodes a photo on the server so that what is stored carries nothing but pixels: decodes JPEG,
 * PNG and WebP with sharp and HEIC with heic-decode (sharp's prebuilt libvips has no HEVC decoder),
 * turns it upright by its EXIF orientation, drops all metadata (EXIF, GPS, XMP; colours converted to
 * sRGB and the ICC profile dropped), flattens transparency onto white, shrinks it so the longest side
 * is at most maxLongSide and writes JPEG quality 82, plus a thumbnail.
 * The pixel count is read from the header and checked BEFORE anything is decoded.
 * Throws UploadRejected: 'unsupported-type', 'too-many-pixels' or 'corrupt'.
 */
export async function reencodePhoto(
  bytes: Uint8Array,
  options: ReencodeOptions = {},
): Promise<{ full: ProcessedImage; thumb: ProcessedImage; sourceType: UploadKind }> {
  const { maxLongSide = 2048, thumbLongSide = 400, maxPixels = 40_000_000 } = options;
  const sourceType = await detectUploadType(bytes);
  if (!isPhotoKind(sourceType)) throw unsupportedType(PHOTO_KINDS);

  // The header alone gives the size (libvips reads HEIF containers too): refuse bombs before decoding.
  const { width, height } = await orCorrupt(() => sharp(bytes, { failOn: FAIL_ON, limitInputPixels: false }).metadata());
  if (!width || !height) throw corrupt();
  if (width * height > maxPixels) throw tooManyPixels(width, height, maxPixels);

  const decoded = sourceType === 'image/heic' ? await decodeHeic(bytes, maxPixels) : sharp(bytes, { failOn: FAIL_ON, limitInputPixels: maxPixels });
  const full = await encode(decoded.autoOrient(), maxLongSide);
  const thumb = await encode(sharp(full.data), thumbLongSide);
  return { full, thumb, sourceType };
}

function isPhotoKind(kind: UploadKind | null): kind is PhotoKind {
  return (PHOTO_KINDS as readonly (UploadKind | null)[]).includes(kind);
}

/**
 * HEVC pixels through heic-decode (libheif in WebAssembly), which applies the HEIF rotation
 * (irot/imir) itself; the raw RGBA it returns has no EXIF left to auto-orient by.
 * limitInputPixels guards against a container whose primary image is larger than the header said.
 */
async function decodeHeic(bytes: Uint8Array, maxPixels: number): Promise<Sharp> {
  // Loaded on first use: libheif's WebAssembly costs most of a second at import, and few photos are HEIC.
  const { default: heicDecode } = await import('heic-decode');
  const { width, height, data } = await orCorrupt(() => heicDecode({ buffer: bytes }));
  const pixels = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return sharp(pixels, { raw: { width, height, channels: 4 }, limitInputPixels: maxPixels });
}

/** Any failure of a decoder means the bytes are not a usable image. */
async function orCorrupt<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw error instanceof UploadRejected ? error : corrupt();
  }
}

async function encode(image: Sharp, longSide: number): Promise<ProcessedImage> {
  // Decoding happens here; a failure (broken data, or more pixels than the header declared) is 'corrupt'.
  const { data, info } = await orCorrupt(() =>
    image
      .resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: false })
      .toBuffer({ resolveWithObject: true }),
  );
  return { data, contentType: 'image/jpeg', width: info.width, height: info.height, size: info.size };
}
