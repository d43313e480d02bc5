/**
 * The Idempotency-Key of a submission. Retrying the same submission (same dossier version) reuses the
 * key, so a lost answer never submits twice; once the draft changes (a new version) the body differs,
 * and the server would refuse the old key with another body, so a new key is made.
 */
export class SubmitKey {
  private current: { version: number; key: string } | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  for(version: number): string {
    if (this.current?.version !== version) this.current = { version, key: this.newKey() };
    return this.current.key;
  }
}
