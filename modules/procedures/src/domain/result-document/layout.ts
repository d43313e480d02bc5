import { PageSizes, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { DocumentFonts } from './fonts.js';

/**
 * A small flowing-text writer on A4 pages with the margins of Vietnamese administrative documents
 * (Nghị định 30/2020/NĐ-CP: left 30 mm, right 15–20 mm, top and bottom 20–25 mm): lines go down the page,
 * long text wraps at word boundaries, and a new page starts when the current one is full.
 */

const MM = 72 / 25.4;
export const MARGIN = { left: 30 * MM, right: 18 * MM, top: 22 * MM, bottom: 22 * MM };
export const BLACK = rgb(0, 0, 0);

export type Align = 'left' | 'center' | 'right';

export interface TextStyle {
  font?: keyof DocumentFonts;
  size?: number;
  align?: Align;
  /** A column of the page (from its left edge); the whole text width when left out. */
  x?: number;
  width?: number;
  /** Extra space after the line(s), in points. */
  after?: number;
}

/** Words of `text` in lines no wider than `width` (a word longer than the line is cut). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

export class PageWriter {
  page: PDFPage;
  /** The baseline of the next line, from the bottom of the page. */
  y: number;
  readonly pageWidth: number;
  readonly textWidth: number;

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: DocumentFonts,
  ) {
    this.page = pdf.addPage(PageSizes.A4);
    this.pageWidth = this.page.getWidth();
    this.textWidth = this.pageWidth - MARGIN.left - MARGIN.right;
    this.y = this.page.getHeight() - MARGIN.top;
  }

  /** Starts a new page when fewer than `height` points are left above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height >= MARGIN.bottom) return;
    this.page = this.pdf.addPage(PageSizes.A4);
    this.y = this.page.getHeight() - MARGIN.top;
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** Writes text (wrapped) and moves down past it; returns the number of lines written. */
  text(text: string, style: TextStyle = {}): number {
    return this.lines(this.measure(text, style), style);
  }

  /** Writes lines already fitted to the width (see measure), one under the other. */
  lines(lines: string[], style: TextStyle = {}): number {
    const size = style.size ?? 13;
    for (const line of lines) {
      this.ensure(size * 1.35);
      this.y -= size;
      this.drawLine(line, style);
      this.y -= size * 0.35;
    }
    this.y -= style.after ?? 0;
    return lines.length;
  }

  /**
   * Writes several columns side by side, all starting at the current line (e.g. the agency on the left and
   * the national motto on the right), then moves below the tallest. Returns where each column ended.
   */
  columns(blocks: Array<{ lines: Array<{ text: string; style?: TextStyle }>; x: number; width: number }>): number[] {
    const top = this.y;
    const bottoms = blocks.map((block) => {
      this.y = top;
      for (const { text, style } of block.lines) this.text(text, { ...style, x: block.x, width: block.width });
      return this.y;
    });
    this.y = Math.min(top, ...bottoms);
    return bottoms;
  }

  /** A horizontal rule at height `y`, centred on `centerX`, `length` points long (the line under a heading). */
  rule(centerX: number, y: number, length: number): void {
    this.page.drawLine({ start: { x: centerX - length / 2, y }, end: { x: centerX + length / 2, y }, thickness: 0.6, color: BLACK });
  }

  /**
   * Text followed by a dotted line to the end of the column, to be filled in by hand ("Họ và tên: ……").
   * `extraLines` more dotted lines follow (for longer answers).
   */
  blank(text: string, style: TextStyle = {}, extraLines = 0): void {
    const font = this.fonts[style.font ?? 'regular'];
    const size = style.size ?? 13;
    const width = style.width ?? this.textWidth;
    const dots = (room: number) => '.'.repeat(Math.max(0, Math.floor(room / font.widthOfTextAtSize('.', size))));
    const lines = this.measure(text, style);
    const last = lines.length - 1;
    lines[last] = `${lines[last]} ${dots(width - font.widthOfTextAtSize(`${lines[last]} `, size))}`.trimStart();
    for (let extra = 0; extra < extraLines; extra += 1) lines.push(dots(width));
    this.lines(lines, { ...style, align: 'left' });
  }

  /** An empty square box (□) at the start of the next line, for options and declarations to tick. */
  box(x: number, size = 13): void {
    this.ensure(size * 1.35);
    const side = size * 0.75;
    this.page.drawRectangle({ x, y: this.y - size + 0.5, width: side, height: side, borderColor: BLACK, borderWidth: 0.7 });
  }

  measure(text: string, style: TextStyle): string[] {
    return wrapText(text, this.fonts[style.font ?? 'regular'], style.size ?? 13, style.width ?? this.textWidth);
  }

  private drawLine(line: string, style: TextStyle): void {
    const font = this.fonts[style.font ?? 'regular'];
    const size = style.size ?? 13;
    const left = style.x ?? MARGIN.left;
    const width = style.width ?? this.textWidth;
    const lineWidth = font.widthOfTextAtSize(line, size);
    const x = style.align === 'center' ? left + (width - lineWidth) / 2 : style.align === 'right' ? left + width - lineWidth : left;
    this.page.drawText(line, { x, y: this.y, size, font, color: BLACK });
  }
}
