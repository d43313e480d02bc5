// Imported by every UI test file (so it also applies when the root config runs this package):
// unmount what a test rendered and forget the stored language.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
