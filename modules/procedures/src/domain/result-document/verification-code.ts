import { randomBytes } from 'node:crypto';

/** Crockford's base32: digits and capitals without I, L, O and U, so a code read aloud or typed is unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

/**
 * A new verification code for a result document: 10 crypto-random Crockford base32 characters (50 bits),
 * matching VERIFICATION_CODE_PATTERN. Each random byte keeps its low 5 bits: 256 is a multiple of 32, so
 * every character is equally likely.
 */
export function newVerificationCode(): string {
  return Array.from(randomBytes(LENGTH), (byte) => ALPHABET[byte & 31]).join('');
}

/**
 * A code as a person typed it, in the printed form: capitals, no spaces or dashes, and the letters Crockford
 * reads as digits (O → 0, I and L → 1). The caller still checks VERIFICATION_CODE_PATTERN.
 */
export function normalizeVerificationCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}
