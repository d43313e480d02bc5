import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFileStorage } from './local-storage.js';
import { scopedStorage } from './scoped-storage.js';
import { InvalidStorageKeyError, type FileStorage } from './storage.js';

let root: string;
let files: FileStorage;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'storage-test-'));
  files = localFileStorage(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Every file under a folder, relative paths. */
async function listAll(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

describe('localFileStorage', () => {
  it('stores, reads back with the content type, replaces and deletes a file', async () => {
    await files.put('reports/2026/a.jpg', new Uint8Array([1, 2, 3]), 'image/jpeg');
    expect(await files.get('reports/2026/a.jpg')).toEqual({ data: Buffer.from([1, 2, 3]), contentType: 'image/jpeg', size: 3 });
    expect(await readFile(join(root, 'reports/2026/a.jpg'))).toEqual(Buffer.from([1, 2, 3]));

    await files.put('reports/2026/a.jpg', Buffer.from('%PDF-'), 'application/pdf');
    expect(await files.get('reports/2026/a.jpg')).toMatchObject({ contentType: 'application/pdf', size: 5 });

    await files.delete('reports/2026/a.jpg');
    expect(await files.get('reports/2026/a.jpg')).toBeNull();
    expect(await listAll(join(root, 'reports'))).toEqual([]);
  });

  it('answers null for a missing file or a folder, and deleting a missing file is fine', async () => {
    await files.put('folder/inside.txt', Buffer.from('x'), 'text/plain');
    expect(await files.get('never-stored.jpg')).toBeNull();
    expect(await files.get('folder')).toBeNull();
    await expect(files.delete('never-stored.jpg')).resolves.toBeUndefined();
  });

  it('rejects keys that could leave the folder or are not plain lower-case paths, storing nothing', async () => {
    const before = await listAll(root);
    for (const key of ['../x', 'a/../../x', '/etc/passwd', 'a//b', 'a/', '', '.hidden', 'a/./b', 'A.jpg', 'a b.jpg', 'a\\b', 'ảnh.jpg', 'a~content-type', 'x'.repeat(513)]) {
      await expect(files.put(key, Buffer.from('x'), 'text/plain'), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(files.get(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(files.delete(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
    expect(await listAll(root)).toEqual(before);
  });

  it('never lets a reader see a half-written file, and leaves no temporary file behind', async () => {
    const [old, next] = [Buffer.alloc(8 * 1024 * 1024, 1), Buffer.alloc(24 * 1024 * 1024, 2)];
    await files.put('big/photo.jpg', old, 'image/jpeg');
    let writing = true;
    const write = files.put('big/photo.jpg', next, 'image/jpeg').finally(() => (writing = false));
    const seen = new Set<string>();
    while (writing) {
      const data = await readFile(join(root, 'big/photo.jpg'));
      seen.add(data.equals(old) ? 'old' : data.equals(next) ? 'new' : `partial ${data.length}`);
    }
    await write;
    expect(seen.size).toBeGreaterThan(0);
    expect([...seen].filter((what) => what.startsWith('partial'))).toEqual([]);
    expect((await files.get('big/photo.jpg'))?.data.equals(next)).toBe(true);
    expect(await listAll(join(root, 'big'))).toEqual(['photo.jpg', 'photo.jpg~content-type']);
  });
});

describe('scopedStorage', () => {
  it('keeps each module under its own prefix, out of reach of the others', async () => {
    const feedback = scopedStorage(files, 'feedback');
    const procedures = scopedStorage(files, 'procedures/');
    await feedback.put('photos/1.jpg', Buffer.from('feedback photo'), 'image/jpeg');

    expect(await readFile(join(root, 'feedback/photos/1.jpg'), 'utf8')).toBe('feedback photo');
    expect((await feedback.get('photos/1.jpg'))?.data.toString()).toBe('feedback photo');
    expect(await procedures.get('photos/1.jpg')).toBeNull();
    await expect(procedures.get('../feedback/photos/1.jpg')).rejects.toBeInstanceOf(InvalidStorageKeyError);

    await feedback.delete('photos/1.jpg');
    expect(await files.get('feedback/photos/1.jpg')).toBeNull();
  });

  it('refuses a prefix that is not a valid key', () => {
    expect(() => scopedStorage(files, '../up')).toThrow(InvalidStorageKeyError);
    expect(() => scopedStorage(files, '')).toThrow(InvalidStorageKeyError);
  });
});
