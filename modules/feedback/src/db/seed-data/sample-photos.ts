import sharp from 'sharp';

/*
 * Drawn photos for the SAMPLE reports: simple scenes rendered from SVG with sharp, so the seed needs no
 * binary files and no downloads. They go through the same re-encoding as uploaded photos.
 */

const WIDTH = 1200;
const HEIGHT = 900;

export const SCENES = [
  'dark-street',
  'lit-street',
  'pole-in-road',
  'pole-moved',
  'metal-bars',
  'pavement-clear',
  'ticket-booth',
  'pothole',
  'rubbish',
  'flooded-street',
  'sagging-wire',
] as const;
export type Scene = (typeof SCENES)[number];

const daySky = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8ec5f0"/><stop offset="1" stop-color="#e4f1fb"/></linearGradient></defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
<path d="M0 420 L180 300 L330 380 L520 250 L700 360 L880 270 L1050 350 L1200 290 L1200 480 L0 480 Z" fill="#6f9a6a"/>`;

const nightSky = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#0b1026"/><stop offset="1" stop-color="#28304f"/></linearGradient>
<radialGradient id="glow"><stop offset="0" stop-color="#ffe9a8" stop-opacity="0.9"/><stop offset="1" stop-color="#ffe9a8" stop-opacity="0"/></radialGradient></defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
<path d="M0 430 L160 340 L320 400 L520 300 L720 390 L900 320 L1200 380 L1200 480 L0 480 Z" fill="#161b30"/>`;

/** A road in perspective with its pavement on the right. */
const road = (asphalt: string, pavement: string) =>
  `<rect y="480" width="${WIDTH}" height="${HEIGHT - 480}" fill="${pavement}"/><path d="M0 560 L430 480 L0 480 Z" fill="${pavement}"/>
<path d="M430 480 L770 480 L1200 ${HEIGHT} L0 ${HEIGHT} Z" fill="${asphalt}"/>
<path d="M770 480 L880 480 L1200 760 L1200 ${HEIGHT} Z" fill="${pavement}"/>
<path d="M598 500 L602 500 L612 560 L588 560 Z M585 620 L615 620 L630 720 L570 720 Z M565 790 L635 790 L650 ${HEIGHT} L550 ${HEIGHT} Z" fill="#f4f4f4" opacity="0.8"/>`;

const houses = (fill: string, windows: string) =>
  [0, 1, 2, 3].map((i) => {
    const x = 20 + i * 100;
    const h = 120 + (i % 2) * 40;
    return `<rect x="${x}" y="${480 - h}" width="90" height="${h}" fill="${fill}"/><rect x="${x + 20}" y="${480 - h + 30}" width="20" height="24" fill="${windows}"/><rect x="${x + 55}" y="${480 - h + 30}" width="20" height="24" fill="${windows}"/>`;
  }).join('');

/** Street lamps along the road; `lit` says which of them shine. */
const lamps = (lit: boolean[]) =>
  lit.map((on, i) => {
    const x = 820 + i * 120;
    const top = 300 - i * 30;
    const bottom = 520 + i * 90;
    const head = `<rect x="${x - 40}" y="${top - 8}" width="50" height="14" rx="5" fill="${on ? '#fff4c2' : '#3a3f52'}"/>`;
    const glow = on ? `<ellipse cx="${x - 15}" cy="${top + 60}" rx="110" ry="150" fill="url(#glow)"/>` : '';
    return `${glow}<rect x="${x}" y="${top}" width="10" height="${bottom - top}" fill="#55596b"/><rect x="${x - 40}" y="${top - 4}" width="45" height="6" fill="#55596b"/>${head}`;
  }).join('');

const pole = (x: number, base: number) =>
  `<rect x="${x}" y="${base - 430}" width="34" height="430" fill="#b9b6ad"/><rect x="${x - 50}" y="${base - 400}" width="134" height="12" fill="#8d8a82"/>
<path d="M0 ${base - 380} Q ${x / 2} ${base - 330} ${x - 50} ${base - 394} M ${x + 84} ${base - 394} Q ${(x + 1200) / 2} ${base - 340} 1200 ${base - 370}" stroke="#222" stroke-width="3" fill="none"/>`;

const pavementTiles = `<rect y="450" width="${WIDTH}" height="${HEIGHT - 450}" fill="#c9c1b4"/>
${Array.from({ length: 8 }, (_, i) => `<line x1="0" y1="${480 + i * 55}" x2="${WIDTH}" y2="${480 + i * 55}" stroke="#a89f90" stroke-width="3"/>`).join('')}
${Array.from({ length: 12 }, (_, i) => `<line x1="${i * 110}" y1="450" x2="${i * 110 - 120}" y2="${HEIGHT}" stroke="#a89f90" stroke-width="3"/>`).join('')}
<rect y="440" width="${WIDTH}" height="16" fill="#8f8a80"/><rect y="300" width="${WIDTH}" height="140" fill="#d9d2c3"/>`;

const jaggedBars = Array.from({ length: 9 }, (_, i) => {
  const x = 250 + i * 80;
  const y = 640 + (i % 3) * 40;
  const height = 90 + ((i * 37) % 70);
  return `<path d="M${x} ${y} L${x + 10} ${y - height} L${x + 18} ${y - height + 14} L${x + 16} ${y}" fill="#7a3b1d" stroke="#4a230f" stroke-width="3"/>`;
}).join('');

const DRAW: Record<Scene, () => string> = {
  'dark-street': () => `${nightSky}${houses('#1f2438', '#3b3a2a')}${road('#2b2d36', '#44474f')}${lamps([true, false, false, true])}`,
  'lit-street': () => `${nightSky}${houses('#1f2438', '#e8c770')}${road('#34363f', '#4d5058')}${lamps([true, true, true, true])}`,
  'pole-in-road': () =>
    `${daySky}${houses('#d8c8a8', '#6b7b8c')}${road('#5d5f66', '#b3ab9b')}${pole(640, 760)}<path d="M560 820 L600 700 L640 820 Z" fill="#f2711c"/><rect x="566" y="770" width="68" height="14" fill="#fff"/>`,
  'pole-moved': () => `${daySky}${houses('#d8c8a8', '#6b7b8c')}${road('#55575e', '#b3ab9b')}${pole(1040, 700)}`,
  'metal-bars': () => `${daySky}${pavementTiles}${jaggedBars}`,
  'pavement-clear': () => `${daySky}${pavementTiles}<rect x="200" y="600" width="900" height="8" fill="#bdb4a5"/>`,
  'ticket-booth': () =>
    `${daySky}<rect y="480" width="${WIDTH}" height="${HEIGHT - 480}" fill="#9fb585"/>
<path d="M120 700 Q 360 420 620 700 Z" fill="#6b6a52" stroke="#4c4b3a" stroke-width="6"/><rect x="300" y="640" width="140" height="60" fill="#3b3a2e"/>
<rect x="780" y="470" width="260" height="230" fill="#c0392b"/><path d="M760 470 L910 380 L1060 470 Z" fill="#8e2a20"/><rect x="830" y="540" width="160" height="90" fill="#f5e6c8"/>
${[0, 1, 2].map((i) => `<circle cx="${700 + i * 60}" cy="${660}" r="18" fill="#333"/><rect x="${688 + i * 60}" y="678" width="24" height="70" fill="#445"/>`).join('')}`,
  pothole: () => `${daySky}${houses('#e0d2b4', '#6b7b8c')}${road('#62646b', '#b3ab9b')}<ellipse cx="560" cy="760" rx="190" ry="60" fill="#2f2a24"/><ellipse cx="560" cy="770" rx="150" ry="38" fill="#6a7f8f" opacity="0.8"/>`,
  rubbish: () =>
    `${daySky}<rect y="300" width="${WIDTH}" height="220" fill="#d6cbb2"/><rect y="520" width="${WIDTH}" height="${HEIGHT - 520}" fill="#8a8578"/>
${Array.from({ length: 14 }, (_, i) => `<ellipse cx="${300 + (i % 7) * 90}" cy="${640 - Math.floor(i / 7) * 60}" rx="60" ry="45" fill="${['#222', '#2e7d32', '#1565c0', '#f9a825', '#6d4c41'][i % 5]}"/>`).join('')}`,
  'flooded-street': () =>
    `${daySky}${houses('#d8c8a8', '#6b7b8c')}${road('#5d5f66', '#b3ab9b')}<path d="M0 620 Q 300 600 600 625 T 1200 615 L1200 ${HEIGHT} L0 ${HEIGHT} Z" fill="#7a6a4f" opacity="0.85"/><path d="M100 700 Q 300 690 500 705 M650 760 Q 850 750 1050 765" stroke="#c8b99a" stroke-width="4" fill="none"/>`,
  'sagging-wire': () =>
    `${daySky}${houses('#d8c8a8', '#6b7b8c')}${road('#5d5f66', '#b3ab9b')}<rect x="150" y="250" width="26" height="480" fill="#b9b6ad"/><rect x="1000" y="230" width="26" height="500" fill="#b9b6ad"/>
<path d="M176 270 Q 590 760 1000 250" stroke="#111" stroke-width="5" fill="none"/><path d="M176 290 Q 590 720 1000 270" stroke="#111" stroke-width="4" fill="none"/>`,
};

/** The scene as a PNG (then re-encoded like any upload). */
export async function renderScene(scene: Scene): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${DRAW[scene]()}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
