import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModuleApiHarness } from '@portal/module-kit/testing';
import { proceduresModule } from '../../../module.js';
import { startDossiersApi } from './test-fixtures.js';

let api: ModuleApiHarness;
beforeAll(async () => {
  api = await startDossiersApi();
});
afterAll(() => api.close());

describe('the OpenAPI document of the applicant routes', () => {
  it('documents every route with its security and problems', () => {
    const document = proceduresModule.api!(api.context).getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'procedures', version: '1' } });
    const paths = document.paths ?? {};
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/payment-providers',
        '/dossiers',
        '/dossiers/{id}',
        '/dossiers/{id}/files',
        '/dossiers/{id}/files/{fileId}',
        '/dossiers/{id}/submit',
        '/dossiers/{id}/withdraw',
        '/dossiers/{id}/supplement',
        '/dossiers/{id}/payment',
        '/dossiers/{id}/result.pdf',
      ]),
    );
    const submit = paths['/dossiers/{id}/submit']!.post!;
    expect(submit.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(submit.responses!)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409', '422']));
    expect(Object.keys(paths['/dossiers/{id}/files']!.post!.requestBody!)).toContain('content');
  });
});
