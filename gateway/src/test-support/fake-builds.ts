import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Enough text that the compress middleware (1 KB threshold) has something to compress. */
const FILLER = `/* ${'portal '.repeat(300)} */\n`;

async function writeFiles(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/** A stand-in for shell/dist: the files and names the real webpack build produces. */
export async function writeFakeShell(dir: string): Promise<void> {
  await writeFiles(dir, {
    'index.html': '<!doctype html><html lang="vi"><head><title>Shell</title></head><body><div id="root"></div></body></html>',
    'static/js/main.3f2a9b1c0d.js': `console.log('shell');\n${FILLER}`,
    'static/css/main.a1b2c3d4e5.css': `body{margin:0}\n${FILLER}`,
    'static/media/be-vietnam-pro-vietnamese-400-normal.0123abcd.woff2': new Uint8Array([0x77, 0x4f, 0x46, 0x32]),
    'icons/icon-192.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    'icons/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'sw.js': `self.addEventListener('fetch', () => {});\n${FILLER}`,
    'manifest.webmanifest': JSON.stringify({ name: 'Điện Biên Smart', start_url: '/' }),
  });
}

/** A stand-in for a module's remote build (what createRemoteConfig writes). */
export async function writeFakeRemote(dir: string, info: { id: string; version: string }): Promise<void> {
  await writeFiles(dir, {
    'portal-remote.json': JSON.stringify(info),
    'remoteEntry.js': `var portal_${info.id.replace(/-/g, '_')} = {};\n${FILLER}`,
    'mf-manifest.json': JSON.stringify({ id: info.id, name: `portal_${info.id}`, metaData: { buildInfo: { buildVersion: info.version } } }),
    'static/js/481.9e8d7c6b5a.js': `/* chunk of ${info.id} ${info.version} */\n${FILLER}`,
  });
}
