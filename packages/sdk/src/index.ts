export { createPortalClient, bindRoutes, type PortalClient, type ClientFor, type MethodFor, type InputFor, type ResultFor } from './client.js';
export { createTransport, createTransportWith, type Transport, type TransportOptions, type RequestOptions, type OperationInput, type RouteLike, type ResponseValidator } from './transport.js';
export { createCompactTransport } from './compact-transport.js';
export { randomToken } from './random-token.js';
export { PortalError, ApiProblemError, ResponseValidationError, isPortalError, type PortalErrorKind } from './errors.js';
export { proofOfWork, solveChallenge } from './proof-of-work.js';
export { englishOutdated } from './language-updates.js';
export { escapeHtml } from './escape-html.js';
