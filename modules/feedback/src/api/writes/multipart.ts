import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from '@hono/zod-openapi';
import { fieldErrors, fieldProblem, invalidFields, malformedMultipart, notMultipart, type LocalizedText } from '@portal/module-kit';
import { PHOTO_MAX_BYTES, PHOTOS_MAX } from '../../contract/domain.js';
import { preferredLanguage, type Lang } from '../reads/http.js';
import { bodyTooLarge, messages } from './problems.js';

/** Five photos of 10 MB and the JSON part: anything bigger is refused before it is read. */
export const MULTIPART_MAX_BYTES = PHOTOS_MAX * PHOTO_MAX_BYTES + 1024 * 1024;

/** 413 problem as soon as the body passes the limit (by Content-Length, or while it streams in). */
export function multipartBodyLimit(): MiddlewareHandler {
  return bodyLimit({
    maxSize: MULTIPART_MAX_BYTES,
    onError: (c) => {
      throw bodyTooLarge(preferredLanguage(c), MULTIPART_MAX_BYTES);
    },
  });
}

/** OpenAPI description of a multipart body: one JSON field plus image files (documented, validated by hand). */
export function multipartBodyDoc(jsonField: string, jsonSchemaRef: string, photos: { min: number; max: number }) {
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object' as const,
          required: photos.min > 0 ? [jsonField, 'photos'] : [jsonField],
          properties: {
            [jsonField]: { type: 'string' as const, description: `JSON, see the ${jsonSchemaRef} schema.` },
            photos: {
              type: 'array' as const,
              minItems: photos.min,
              maxItems: photos.max,
              items: { type: 'string' as const, format: 'binary', description: 'JPEG, PNG, WebP or HEIC, at most 10 MB.' },
            },
          },
        },
      },
    },
  };
}

export interface MultipartParts {
  /** The JSON field, parsed. */
  json: unknown;
  /** The bytes of each file sent as `photos`, in order. */
  photos: Uint8Array[];
}

/**
 * Reads a multipart body of one JSON field and `photos` files: 415 unless multipart/form-data, 400 when it
 * cannot be read, when the JSON field is missing or not JSON, when a `photos` entry is text, or when the
 * number of photos is outside [min, max] (errors keyed "report", "photos", "photos[2]").
 */
export async function readMultipart(
  c: Context,
  jsonField: 'report' | 'answer',
  photoCount: { min: number; max: number; message: LocalizedText },
): Promise<MultipartParts> {
  const lang = preferredLanguage(c);
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'multipart/form-data') throw notMultipart(type, lang);
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch (error) {
    // The body limit throws its own 413 while the body streams in; keep it.
    if (error instanceof Error && 'problem' in error) throw error;
    throw malformedMultipart(lang);
  }
  const json = await readJsonField(form[jsonField], jsonField, lang);
  const entries = form.photos ?? form['photos[]'];
  const values = entries === undefined ? [] : Array.isArray(entries) ? entries : [entries];
  const errors: Record<string, string[]> = {};
  values.forEach((value, index) => {
    if (typeof value === 'string') errors[`photos[${index}]`] = [messages.photoNotFile[lang]];
  });
  if (values.length < photoCount.min || values.length > photoCount.max) errors.photos = [photoCount.message[lang]];
  if (Object.keys(errors).length > 0) throw invalidFields(errors, lang);
  const photos = await Promise.all(values.map(async (file) => new Uint8Array(await (file as File).arrayBuffer())));
  return { json, photos };
}

async function readJsonField(value: string | File | (string | File)[] | undefined, field: 'report' | 'answer', lang: Lang) {
  const missing = field === 'report' ? messages.reportFieldMissing : messages.answerFieldMissing;
  const notJson = field === 'report' ? messages.reportFieldNotJson : messages.answerFieldNotJson;
  const single = Array.isArray(value) ? value[0] : value;
  if (single === undefined) throw fieldProblem(field, missing, lang);
  // A browser may send the JSON as a Blob (type application/json) instead of a plain text field.
  const text = typeof single === 'string' ? single : await single.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw fieldProblem(field, notJson, lang);
  }
}

/** Validates the JSON part with zod, messages in the caller's language; 400 with errors per field. */
export function parseJsonPart<T extends z.ZodType>(schema: T, value: unknown, lang: Lang): z.infer<T> {
  const result = schema.safeParse(value, lang === 'vi' ? { error: z.locales.vi().localeError } : undefined);
  if (!result.success) throw invalidFields(fieldErrors(result.error), lang);
  return result.data;
}
