import type { legalDocumentEndpoints } from '@vn-portal/schema';
import { legalDocumentRoutes } from '@vn-portal/schema/compact';
import { bindRoutes, type Transport } from '@vn-portal/sdk';

/** The register's operations, over the page's shared transport. */
export const legalDocsApi = (transport: Transport) => bindRoutes<typeof legalDocumentEndpoints>(transport, legalDocumentRoutes);
