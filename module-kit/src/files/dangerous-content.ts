import type { LocalizedText } from '../contract.js';

/** Why a file counts as dangerous, in words for the person who chose it. */
export type DangerReason = LocalizedText;

// The standard antivirus test file; a mail or file scanner would flag the upload, so we refuse it first.
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

const EXECUTABLE: DangerReason = { vi: 'chương trình chạy được', en: 'an executable program' };
const SCRIPT: DangerReason = { vi: 'mã lệnh', en: 'a script' };

/** First bytes of Windows (MZ), Linux (ELF) and macOS (Mach-O, 32/64-bit, both byte orders, fat) programs. */
const EXECUTABLE_MAGIC: readonly number[][] = [
  [0x4d, 0x5a],
  [0x7f, 0x45, 0x4c, 0x46],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
];

/** Text a browser or server would run when a file starts with it (after a BOM and white space). */
const SCRIPT_STARTS = ['#!', '<script', '<?php', '<?=', '<html', '<!doctype html', '<svg'];

/*
 * PDF actions that run code or start programs. Names may hide letters as #xx escapes
 * (/J#61vaScript), so names are decoded before matching. Streams compressed with FlateDecode are not
 * inflated: an action inside a compressed object stream is not seen (documented limitation).
 */
const PDF_ACTIONS: { pattern: RegExp; reason: DangerReason }[] = [
  { pattern: /\/(JavaScript|JS)(?![A-Za-z0-9])/, reason: { vi: 'JavaScript trong PDF', en: 'JavaScript inside a PDF' } },
  { pattern: /\/Launch(?![A-Za-z0-9])/, reason: { vi: 'lệnh mở chương trình trong PDF', en: 'a PDF action that starts a program' } },
];

/** The reason `bytes` must not be accepted, or null when none of the checks fires. */
export function findDangerousContent(bytes: Uint8Array): DangerReason | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.includes(EICAR, 0, 'latin1')) return { vi: 'mẫu thử virus EICAR', en: 'the EICAR antivirus test signature' };
  if (EXECUTABLE_MAGIC.some((magic) => magic.every((byte, index) => buffer[index] === byte))) return EXECUTABLE;

  const start = buffer.subarray(0, 64).toString('latin1').replace(/^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  if (SCRIPT_STARTS.some((prefix) => start.startsWith(prefix))) return SCRIPT;

  if (buffer.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) {
    const text = decodePdfNameEscapes(withoutStreams(buffer.toString('latin1')));
    for (const action of PDF_ACTIONS) if (action.pattern.test(text)) return action.reason;
  }
  return null;
}

/**
 * The PDF's object syntax without stream bodies: compressed image and font data would otherwise match
 * '/JS' by chance in any large file.
 */
function withoutStreams(text: string): string {
  return text.replace(/\bstream\r?\n[\s\S]*?\bendstream\b/g, 'stream endstream');
}

/** '/J#61vaScript' → '/JavaScript': PDF lets any byte of a name be written as #xx. */
function decodePdfNameEscapes(text: string): string {
  return text.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
