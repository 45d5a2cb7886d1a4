import type { Api, ApiKeyRole, OperationId, Output, ResponseOf } from '@vn-portal/schema';
import type { AppContext } from '../context.js';

type Parsed<S> = S extends import('@vn-portal/schema').AnySchema ? Output<S> : undefined;

/*
 * Handlers receive what the operation's schemas produce (defaults applied, text in NFC, numbers
 * coerced), so these are the schemas' output types; `ParamsOf`/`QueryOf`/`BodyOf` of the schema
 * package describe what a client sends instead.
 */
export type ParsedParams<K extends OperationId> = Api[K] extends { params: infer P } ? Parsed<P> : undefined;
export type ParsedQuery<K extends OperationId> = Api[K] extends { query: infer Q } ? Parsed<Q> : undefined;
export type ParsedBody<K extends OperationId> = Api[K] extends { body: infer B } ? Parsed<B> : undefined;

/** Who an admin request was authenticated as: an API key (a machine) or a person's console session. */
export interface Principal {
  actor: 'key' | 'user';
  /** The key's or the account's id. */
  id: string;
  name: string;
  role: ApiKeyRole;
  /** Agencies the key may act on; empty for every agency. */
  agencies: readonly string[];
}

export interface ClientInfo {
  /** The client's address (through trusted proxies); used only transiently, never stored. */
  ip: string;
  userAgent: string;
  /** The `Origin` of a cross-origin browser request; undefined for same-origin pages and non-browser clients. */
  origin: string | undefined;
  idempotencyKey: string | undefined;
  /** The `Proof-Of-Work` header of a bot-checked submission. */
  proofOfWork: string | undefined;
}

export interface HandlerInput<K extends OperationId> {
  params: ParsedParams<K>;
  query: ParsedQuery<K>;
  body: ParsedBody<K>;
  /** Present on every admin operation (the registrar answers 401/403 before calling the handler). */
  principal: Api[K] extends { role: ApiKeyRole } ? Principal : undefined;
  client: ClientInfo;
}

/** What the generic registrar hands any handler, before the operation's types narrow it. */
export interface AnyHandlerInput {
  params: unknown;
  query: unknown;
  body: unknown;
  principal: Principal | undefined;
  client: ClientInfo;
}

/** Answers with the operation's success status and this body (`undefined` for 204). */
export type Handler<K extends OperationId> = (input: HandlerInput<K>, context: AppContext) => Promise<ResponseOf<K>>;

export type HandlerMap = { [K in OperationId]: Handler<K> };

/**
 * The agency a browser write is for, found from its path alone (a vote: the poll's agency): a
 * refusal of a page no agency allows comes before the body is read, and still names the agency.
 */
export type TargetAgencies = { [K in OperationId]?: (params: ParsedParams<K>, context: AppContext) => Promise<string | undefined> };

/** What a resource folder gives the app: handlers of its operations, and what to do on shutdown. */
export interface Resource {
  handlers: Partial<HandlerMap>;
  targetAgencies?: TargetAgencies;
  /** Flushes buffers; awaited when the app closes. */
  close?: () => Promise<void>;
}

export type ResourceFactory = (context: AppContext) => Resource | Promise<Resource>;
