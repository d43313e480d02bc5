import { useCallback, useRef, useState } from 'react';
import type { UploadOptions } from '../../shared/api-client.js';

/** A chosen file on its way: its progress (null until the browser reports any) and its own Cancel. */
export interface Upload {
  key: number;
  file: File;
  percent: number | null;
  controller: AbortController;
}

export type SendFile = (file: File, options: Pick<UploadOptions, 'signal' | 'onProgress'>) => Promise<void>;

/**
 * Sends files one after another (a phone on a slow network shares its bandwidth badly), each listed
 * with its progress until it is done; `cancel` aborts one, whether it is on its way or still waiting.
 */
export function useUploads() {
  const [uploads, setUploads] = useState<readonly Upload[]>([]);
  const nextKey = useRef(0);
  const drop = (key: number) => setUploads((current) => current.filter((upload) => upload.key !== key));

  /** Answers the files that failed, with why; a cancelled file is not a failure. */
  const run = useCallback(async (files: readonly File[], send: SendFile) => {
    const queued = files.map((file) => ({ key: nextKey.current++, file, percent: null, controller: new AbortController() }));
    setUploads((current) => [...current, ...queued]);
    const failed: { file: File; error: unknown }[] = [];
    for (const { key, file, controller } of queued) {
      if (controller.signal.aborted) continue;
      const onProgress = (fraction: number) =>
        setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, percent: Math.round(fraction * 100) } : upload)));
      try {
        await send(file, { signal: controller.signal, onProgress });
      } catch (error) {
        if (!controller.signal.aborted) failed.push({ file, error });
      }
      drop(key);
    }
    return failed;
  }, []);

  const cancel = useCallback((upload: Upload) => {
    upload.controller.abort();
    drop(upload.key);
  }, []);

  return { uploads, run, cancel };
}
