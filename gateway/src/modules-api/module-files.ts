import { localFileStorage, scopedStorage, type FileStorage } from '@portal/module-kit';

/**
 * Each module's file store: one local folder (FILE_STORAGE_DIR, default <DATA_DIR>/files) shared by
 * all modules, each seeing only '<moduleId>/…'. The one place to switch to object storage later.
 * @example const filesOf = moduleFileStorage(config.fileStorageDir); filesOf('feedback').put('a.jpg', …)
 */
export function moduleFileStorage(folder: string): (moduleId: string) => FileStorage {
  const storage = localFileStorage(folder);
  return (moduleId) => scopedStorage(storage, moduleId);
}
