import { adminResource } from './admin/handlers.js';
import { agencyResource } from './agencies/handlers.js';
import { backupResource } from './backups/handlers.js';
import { botCheckResource } from './bot-check/handlers.js';
import { calendarResource } from './calendar/handlers.js';
import type { ResourceFactory } from './http/handler.js';
import { leaderResource } from './leaders/handlers.js';
import { legalDocumentsResource } from './legal-documents/handlers.js';
import { personalDataResource } from './personal-data/handlers.js';
import { pollResource } from './polls/handlers.js';
import { portalResource } from './portal/handlers.js';
import { qaResource } from './qa/handlers.js';
import { reportResource } from './reports/handlers.js';
import { visitResource } from './visits/handlers.js';

/** Every resource the server serves; each folder exports one factory of its handlers. */
export const resourceFactories: readonly ResourceFactory[] = [
  portalResource,
  agencyResource,
  leaderResource,
  legalDocumentsResource,
  pollResource,
  visitResource,
  qaResource,
  calendarResource,
  adminResource,
  backupResource,
  botCheckResource,
  personalDataResource,
  reportResource,
];
