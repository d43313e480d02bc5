import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/**
 * The fonts of result documents and templates: DejaVu Serif from the `dejavu-fonts-ttf` package, which
 * covers every Vietnamese letter with its diacritics (the PDF standard fonts cover none) and ships with
 * the server's dependencies, so nothing depends on fonts installed on the machine.
 */

export interface DocumentFonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

const FILES = { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', italic: 'DejaVuSerif-Italic.ttf' } as const;
type Style = keyof typeof FILES;

const fontFolder = (): string => join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Read once per process: the files do not change while it runs. */
let cachedBytes: Promise<Record<Style, Uint8Array>> | undefined;

function fontBytes(): Promise<Record<Style, Uint8Array>> {
  cachedBytes ??= (async () => {
    const folder = fontFolder();
    const [regular, bold, italic] = await Promise.all(
      (['regular', 'bold', 'italic'] as const).map((style) => readFile(join(folder, FILES[style]))),
    );
    return { regular: regular!, bold: bold!, italic: italic! };
  })().catch((error: unknown) => {
    cachedBytes = undefined; // let a later call try again rather than fail forever
    throw error;
  });
  return cachedBytes;
}

/**
 * Embeds the three styles, subset to the glyphs used (a page of text stays ~30 KB). Fixed names keep the
 * output byte-identical for the same input (the verification page publishes the PDF's SHA-256). Each
 * document parses its own fontkit fonts: a parsed font shared between documents keeps per-glyph state
 * from the earlier ones, and a later document's text then copies out wrong ("GIẤ#" for "GIẤY").
 */
export async function embedDocumentFonts(pdf: PDFDocument): Promise<DocumentFonts> {
  pdf.registerFontkit(fontkit);
  const bytes = await fontBytes();
  const embed = (style: Style) => pdf.embedFont(bytes[style], { subset: true, customName: `DejaVuSerif-${style}` });
  // One after the other: the order of the PDF's objects must not depend on which promise settles first.
  const regular = await embed('regular');
  const bold = await embed('bold');
  const italic = await embed('italic');
  return { regular, bold, italic };
}
