export { buildApp, type AppOptions } from './app.js';
export { loadConfig, type ServerConfig } from './config.js';
export { createDatabase, migrateToLatest, type Database, type DialectName } from './db/database.js';
export type { Tables } from './db/tables.js';
export { migrations } from './db/migrations.js';
export type { AppContext } from './context.js';
export type { Handler, HandlerMap, Resource, ResourceFactory } from './http/handler.js';
