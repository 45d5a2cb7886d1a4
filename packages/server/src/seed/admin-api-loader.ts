import type { FastifyInstance } from 'fastify';
import type { DocumentInput } from '../legal-documents/store.js';

/**
 * Enters documents as a province's editors do, one `POST /admin/legal-documents` each, so that they
 * pass the API's validation and reach the search index the way entered documents do.
 */
export async function postDocuments(app: Pick<FastifyInstance, 'inject'>, authorization: string, documents: readonly DocumentInput[]): Promise<void> {
  for (const document of documents) {
    const response = await app.inject({ method: 'POST', url: '/api/v1/admin/legal-documents', headers: { authorization }, payload: document });
    if (response.statusCode !== 201) throw new Error(`${document.number}: ${String(response.statusCode)} ${response.body}`);
  }
}
