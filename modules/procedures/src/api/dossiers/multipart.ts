import type { Context, MiddlewareHandler } from 'hono';
import { invalidFields, malformedMultipart, notMultipart, ProblemError } from '@portal/module-kit';
import { ATTACHMENT_MAX_BYTES } from '../../contract/domain.js';
import { preferredLanguage } from '../http.js';
import { bodyTooLarge, messages } from './problems.js';

/** One file of at most 20 MB and two short text fields: anything bigger is refused before it is read. */
export const UPLOAD_BODY_MAX_BYTES = ATTACHMENT_MAX_BYTES + 1024 * 1024;

/**
 * 413 problem as soon as the body passes the limit: at once by Content-Length, or while the handler reads a
 * chunked body. Unlike hono's bodyLimit it reads nothing itself, so the handler can refuse a dossier the
 * caller may not see before a single byte of the file is taken in.
 */
export function uploadBodyLimit(): MiddlewareHandler {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const tooLarge = () => bodyTooLarge(preferredLanguage(c), ATTACHMENT_MAX_BYTES);
    if (Number(c.req.header('content-length')) > UPLOAD_BODY_MAX_BYTES) throw tooLarge();
    let size = 0;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size > UPLOAD_BODY_MAX_BYTES) controller.error(tooLarge());
          else controller.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
    await next();
  };
}

/** OpenAPI description of the upload body (validated by hand in readUpload). */
export const uploadBodyDoc = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        required: ['documentId', 'file'],
        properties: {
          documentId: { type: 'string' as const, description: "A RequiredDocument id of the procedure, or 'supplement' when answering a supplement request." },
          supplementRequestId: { type: 'string' as const, format: 'uuid', description: 'The open supplement request the file answers (awaiting_supplement only).' },
          file: { type: 'string' as const, format: 'binary', description: 'PDF, JPEG or PNG, at most 20 MB; the type is detected from the content.' },
        },
      },
    },
  },
};

export interface Upload {
  documentId: string;
  supplementRequestId: string | null;
  fileName: string;
  bytes: Uint8Array;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** 415 unless the body is multipart/form-data (from the header alone: nothing is read). */
export function assertMultipart(c: Context): void {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'multipart/form-data') throw notMultipart(type, preferredLanguage(c));
}

/**
 * Reads the upload (after assertMultipart): 400 when unreadable or when `documentId` or `file` is missing
 * (errors per field, all at once).
 */
export async function readUpload(c: Context): Promise<Upload> {
  const lang = preferredLanguage(c);
  let form: Record<string, string | File>;
  try {
    form = await c.req.parseBody();
  } catch (error) {
    // The body limit's 413, raised while the body streams in, comes through as is.
    if (error instanceof ProblemError) throw error;
    throw malformedMultipart(lang);
  }
  const errors: Record<string, string[]> = {};
  const documentId = text(form.documentId);
  if (!documentId) errors.documentId = [messages.documentIdMissing[lang]];
  const file = form.file;
  if (!(file instanceof File)) errors.file = [messages.fileMissing[lang]];
  if (Object.keys(errors).length > 0) throw invalidFields(errors, lang);
  const upload = file as File;
  return {
    documentId: documentId!,
    supplementRequestId: text(form.supplementRequestId) ?? null,
    fileName: cleanFileName(upload.name),
    bytes: new Uint8Array(await upload.arrayBuffer()),
  };
}

/** The name as shown and offered on download: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (cleaned.length <= 200) return cleaned || 'tep-dinh-kem';
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 200 - extension.length) + extension;
}
