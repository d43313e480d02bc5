import { silentLogger, type ModuleContext } from '@portal/module-kit';
import { describe, expect, it } from 'vitest';
import { createProceduresApi } from '../index.js';

describe('the public routes in the OpenAPI document', () => {
  it('are listed under the paths the API brief names, with their parameters', () => {
    // Building the document touches neither the database nor the files.
    const api = createProceduresApi({ db: {}, log: silentLogger, files: {} } as unknown as ModuleContext);
    const paths = api.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'procedures', version: 'test' } }).paths ?? {};
    const parameters = (path: string) => ((paths[path]?.get?.parameters ?? []) as Array<{ name: string }>).map((parameter) => parameter.name);
    expect(parameters('/lookup')).toEqual(['code', 'last4']);
    expect(parameters('/verify/{verificationCode}')).toEqual(['verificationCode']);
    expect(parameters('/stats')).toEqual(['from', 'to']);
    expect(parameters('/catalog/{procedureId}/templates/{documentId}.pdf')).toEqual(['procedureId', 'documentId']);
  });
});
