import sharp from 'sharp';

/**
 * Files an applicant attaches, made on the spot (nothing binary is checked in): a well-formed PDF with one
 * page of text and, when asked, an embedded image stream that brings it to a given size (noise, so it
 * compresses as badly as a scanned document would).
 */
export function pdfFile(text: string, totalBytes = 0): Buffer {
  const safe = text.replace(/[()\\]/g, ' ').replace(/[^\x20-\x7e]/g, '?');
  const content = `BT /F1 14 Tf 56 760 Td (${safe}) Tj ET`;
  const header = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const padding = Math.max(0, totalBytes - 1200);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>', 'latin1'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ' +
        '/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>',
      'latin1',
    ),
    stream(Buffer.from(content, 'latin1'), ''),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', 'latin1'),
    stream(noise(padding), `/Type /XObject /Subtype /Image /Width ${Math.max(1, padding)} /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8`),
  ];
  const parts: Buffer[] = [Buffer.from(header, 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(object);
    length += object.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

function stream(data: Buffer, dictionary: string): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/** Deterministic bytes that do not compress, each with its high bit set so none spells a PDF keyword by chance. */
function noise(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = 0x9e3779b9;
  for (let i = 0; i < size; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = (state >>> 24) | 0x80; // never ASCII: no "endstream" or "/JS" inside the image data
  }
  return bytes;
}

/** A PNG, as a phone photo of a paper would be (a light page with a dark band of "text"). */
export function pngFile(width = 600, height = 800): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f4f1e8"/>
    <rect x="40" y="60" width="${width - 80}" height="24" fill="#333"/><rect x="40" y="110" width="${width - 160}" height="12" fill="#666"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
