import QRCode from 'qrcode';

/**
 * The QR code of the verification URL as a PNG: error correction level M (survives a crease or a stamp
 * over a corner of a printed copy), black on white with the standard quiet zone, 4 pixels a module (about 130 dpi at the printed size). qrcode's PNG output
 * depends only on its input, so the PDF that embeds it stays byte-identical.
 */
export async function qrPng(text: string): Promise<Uint8Array> {
  const buffer = await QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 4 });
  return new Uint8Array(buffer);
}
