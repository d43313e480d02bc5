/**
 * A reason the gateway refuses to start, worded for the operator who reads it in a terminal.
 * main.ts prints only the message (no stack) and exits with code 1.
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}
