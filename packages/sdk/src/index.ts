export { createPortalClient, bindRoutes, type PortalClient, type ClientFor, type MethodFor, type InputFor, type ResultFor } from './client.js';
export { createTransport, type Transport, type TransportOptions, type RequestOptions, type OperationInput } from './transport.js';
export { PortalError, ApiProblemError, ResponseValidationError, isPortalError, type PortalErrorKind } from './errors.js';
