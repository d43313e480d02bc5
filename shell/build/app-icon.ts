import { encodePng } from './png.js';

const BACKGROUND = [0x0b, 0x57, 0xa4] as const;
const FOREGROUND = [0xff, 0xff, 0xff] as const;
const ACCENT = [0xf2, 0xb1, 0x2e] as const;

interface RoundedSquare {
  x: number;
  y: number;
  size: number;
  radius: number;
  colour: readonly [number, number, number];
}

/**
 * The app icon: a 3×3 grid of rounded tiles (a super-app home screen) on the portal blue, the
 * centre tile in gold. Full-bleed background and the motif inside the central 60 %, so it is a
 * valid maskable icon (safe zone: a circle of 80 % diameter).
 */
function motif(size: number): RoundedSquare[] {
  const area = size * 0.56;
  const gap = area * 0.1;
  const tile = (area - 2 * gap) / 3;
  const start = (size - area) / 2;
  const squares: RoundedSquare[] = [];
  for (let row = 0; row < 3; row++) {
    for (let column = 0; column < 3; column++) {
      squares.push({
        x: start + column * (tile + gap),
        y: start + row * (tile + gap),
        size: tile,
        radius: tile * 0.28,
        colour: row === 1 && column === 1 ? ACCENT : FOREGROUND,
      });
    }
  }
  return squares;
}

function inside(square: RoundedSquare, px: number, py: number): boolean {
  const { x, y, size, radius } = square;
  if (px < x || py < y || px > x + size || py > y + size) return false;
  const cx = Math.min(Math.max(px, x + radius), x + size - radius);
  const cy = Math.min(Math.max(py, y + radius), y + size - radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
}

/** Renders the icon at `size` px (4×4 supersampling for smooth edges) as PNG bytes. */
export function renderAppIcon(size: number): Buffer {
  const squares = motif(size);
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const colour = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          const hit = squares.find((square) => inside(square, px, py));
          const source = hit ? hit.colour : BACKGROUND;
          for (let c = 0; c < 3; c++) colour[c]! += source[c]!;
        }
      }
      const offset = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(colour[c]! / samples ** 2);
      pixels[offset + 3] = 255;
    }
  }
  return encodePng(size, size, pixels);
}
