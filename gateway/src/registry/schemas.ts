import { z } from '@hono/zod-openapi';

export const LocalizedTextSchema = z
  .object({ vi: z.string(), en: z.string() })
  .openapi('LocalizedText', { example: { vi: 'Đường dây nóng', en: 'Hotlines' } });

export const RegistryEntrySchema = z
  .object({
    id: z.string().openapi({ example: 'hotlines' }),
    version: z.string().openapi({ example: '0.1.0' }),
    names: LocalizedTextSchema,
    descriptions: LocalizedTextSchema.optional(),
    icon: z.string().openapi({ example: 'phone' }),
    order: z.number().int(),
    remote: z.object({
      name: z.string().openapi({ example: 'portal_hotlines' }),
      entry: z.string().openapi({ example: '/m/hotlines/0.1.0/mf-manifest.json' }),
    }),
  })
  .openapi('RegistryEntry');

export const ModuleListSchema = z.object({ modules: z.array(RegistryEntrySchema) }).openapi('ModuleList');

export const AuthInfoSchema = z
  .object({
    url: z.string().openapi({ description: 'Server URL for keycloak-js (without /realms/<realm>)', example: 'https://portal.example' }),
    realm: z.string().openapi({ example: 'portal' }),
    clientId: z.string().openapi({ example: 'shell' }),
  })
  .openapi('AuthInfo');

export const BrandingSchema = z
  .object({ name: LocalizedTextSchema, province: LocalizedTextSchema, auth: AuthInfoSchema })
  .openapi('Portal');

export const ModuleStatusSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    enabled: z.boolean(),
    order: z.number().int(),
    entry: z.string(),
    installed: z.boolean(),
  })
  .openapi('ModuleStatus');

export const PublishRequestSchema = z
  .object({ version: z.string().min(1).openapi({ example: '0.2.0' }) })
  .openapi('PublishRequest');
