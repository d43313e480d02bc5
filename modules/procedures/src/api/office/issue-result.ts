import { createHash } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import type { Db, FileStorage } from '@portal/module-kit';
import type { VersionOnlySchema } from '../../contract/schemas.js';
import type { DossierRow } from '../../db/schema.js';
import { loadProcedure } from '../../domain/catalog.js';
import { newVerificationCode, renderResultPdf } from '../../domain/result-document/index.js';
import { statusAfterOfficer } from '../../domain/workflow.js';
import { dossierNotFound } from '../problems.js';
import { statusChangedData } from '../record.js';
import { notices } from './notices.js';
import { runOfficerAction, type OfficeRequest, type Plan } from './run-action.js';

/** Where a dossier's result PDF is kept (storage keys are lower case; verification codes are not). */
export const resultFileKey = (dossierId: string, verificationCode: string) => `dossiers/${dossierId}/result-${verificationCode.toLowerCase()}.pdf`;

export interface IssueResultOptions {
  db: Db;
  files: FileStorage;
  /** The portal's public origin, for the verification link printed on the PDF as a QR code. */
  origin: string;
}

/**
 * Issues the electronic result: a new verification code, the PDF rendered and stored, its SHA-256 kept so
 * a copy can be verified byte for byte. The file is written before the transaction commits and deleted
 * again if it does not, so no dossier points at a missing file and no orphan file stays behind.
 */
export async function issueResult(options: IssueResultOptions, r: OfficeRequest, _body: z.infer<typeof VersionOnlySchema>): Promise<DossierRow> {
  let storedKey = null as string | null;
  try {
    return await options.db.transaction((tx) =>
      runOfficerAction(tx, r, 'issue_result', async (before): Promise<Plan> => {
        const loaded = await loadProcedure(tx, before.procedureId);
        if (!loaded) throw dossierNotFound(r.lang);
        const verificationCode = newVerificationCode();
        const pdf = await renderResultPdf({
          dossier: before,
          procedure: loaded.procedure,
          agency: loaded.agency,
          verificationCode,
          issuedAt: r.now,
          verifyUrl: `${options.origin}/m/procedures/verify/${verificationCode}`,
          signerName: r.actor.name ?? r.actor.sub,
        });
        const key = resultFileKey(before.id, verificationCode);
        await options.files.put(key, pdf, 'application/pdf');
        storedKey = key;
        return {
          set: {
            status: statusAfterOfficer(before.status, 'issue_result'),
            verificationCode,
            resultFileKey: key,
            resultSha256: createHash('sha256').update(pdf).digest('hex'),
            resultIssuedAt: r.now,
          },
          timeline: [{ kind: 'result_issued', visibility: 'applicant', data: { verificationCode } }],
          events: (after) => [
            {
              type: 'procedures.dossier_status_changed' as const,
              data: statusChangedData(before, after, 'issue_result'),
              notify: notices.resultIssued(before.code!, after.feeStatus === 'due'),
            },
          ],
        };
      }),
    );
  } catch (error) {
    if (storedKey) await options.files.delete(storedKey);
    throw error;
  }
}
