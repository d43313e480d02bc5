// heic-decode ships no types; this covers what reencode-photo uses (see its lib.js).
declare module 'heic-decode' {
  /** Decodes the first image of a HEIF container to RGBA, 4 bytes per pixel. */
  export default function decode(input: { buffer: Uint8Array }): Promise<{
    width: number;
    height: number;
    data: Uint8ClampedArray;
  }>;
}
