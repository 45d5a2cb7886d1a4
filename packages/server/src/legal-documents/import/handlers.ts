import type { RegisterImportReport } from '@vn-portal/schema';
import { coversAgency } from '../../admin/api-keys.js';
import { listAgencies } from '../../agencies/agency-repository.js';
import type { AppContext } from '../../context.js';
import type { Handler, HandlerInput } from '../../http/handler.js';
import { ProblemError } from '../../http/problem.js';
import { importTemplate } from './columns.js';
import { UnreadableFile } from './read-file.js';
import { importRegister } from './register-import.js';
import { formatOf } from './sniff.js';

/** An upload's import: a file that is no spreadsheet at all is the sender's mistake (422), never the server's. */
export async function importUpload({ query, body, principal }: HandlerInput<'importLegalDocuments'>, context: AppContext): Promise<RegisterImportReport> {
  try {
    return await importRegister(context.db, body, {
      format: formatOf(body),
      dryRun: query.dryRun === 'true',
      now: context.now(),
      covers: (agency) => coversAgency(principal, agency),
    });
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    throw new ProblemError(422, 'validation-failed', error.message, [{ path: 'file', code: 'unreadable', message: `${error.message} / ${error.vi}` }]);
  }
}

/** The template, its example row naming the first agency the key covers (the portal's first for a key covering all). */
export const importTemplateHandler: Handler<'getLegalDocumentImportTemplate'> = async ({ principal }, context) =>
  importTemplate(principal.agencies[0] ?? (await listAgencies(context.db))[0]?.code ?? 'ma-co-quan');
