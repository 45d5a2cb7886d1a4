import type { Generated } from 'kysely';
import type { LegalDocumentTables } from '../legal-documents/tables.js';

/*
 * Conventions shared by every table: instants are ISO 8601 text and calendar dates `YYYY-MM-DD`
 * text (they sort as text and both drivers return the strings the API wants); booleans are 0/1;
 * resources whose shape only the API cares about are kept as a JSON document in `data`, beside
 * the columns that queries filter or sort on.
 */

/** Singleton documents (the portal, the Q&A form configuration), by key. */
export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface AgenciesTable {
  code: string;
  parent: string | null;
  sort_order: number;
  /** The `Agency` as the API shows it. */
  data: string;
}

export interface AgencyOriginsTable {
  agency: string;
  origin: string;
}

export interface LeadersTable {
  id: string;
  agency: string;
  sort_order: number;
  /** The `Leader` as the API shows it, without `id`. */
  data: string;
}

export interface PollsTable {
  id: string;
  agency: string;
  opens_at: string | null;
  closes_at: string | null;
  created_at: string;
  /** The `PollInput` as last saved. */
  data: string;
}

export interface VotesTable {
  poll_id: string;
  /** SHA-256 of the voter token: the token itself is a bearer of "has voted". */
  voter: string;
  cast_at: string;
}

export interface VoteChoicesTable {
  poll_id: string;
  voter: string;
  option_id: string;
}

/** Votes per option of a poll, and voters under option `*`. */
export interface PollTalliesTable {
  poll_id: string;
  option_id: string;
  count: number;
}

/** Votes of a poll counted from one address (a keyed hash of it and the day) on a local day. */
export interface PollAddressVotesTable {
  poll_id: string;
  day: string;
  address: string;
  counted: number;
}

/** Votes of a poll the per-address daily cap refused. */
export interface PollCapRefusalsTable {
  poll_id: string;
  refused: number;
}

/** Page views per agency and day (agency `''` for pages of no agency); bots apart. */
export interface VisitDaysTable {
  agency: string;
  day: string;
  hits: number;
  bot_hits: number;
}

export interface QuestionsTable {
  id: string;
  tracking_code: string;
  state: string;
  topic: string;
  agency: string | null;
  title: string;
  content: string;
  /** Title and content folded for diacritic-insensitive search. */
  search_text: string;
  asker_kind: string;
  /** The asker, sealed with AES-256-GCM; null once erased. */
  asker_sealed: string | null;
  received_at: string;
  received_day: string;
  /** Working days allowed for the answer when the question arrived. */
  working_days: number;
  due_date: string;
  /** The deadline a progress notice set (Cao Bằng Điều 9.4); calendar changes no longer move `due_date` then. */
  notice_due_date: string | null;
  /** JSON `Answer`. */
  answer: string | null;
  /** JSON `{ title, question }`: the public wording, free of personal data. */
  public_text: string | null;
  /** JSON `LocalizedText`. */
  rejection_reason: string | null;
  published_at: string | null;
  personal_data_erased_at: string | null;
  updated_at: string;
}

export interface QuestionEventsTable {
  question_id: string;
  seq: number;
  state: string;
  at: string;
  /** JSON `{ agency?: CodedLabel, note?: LocalizedText, newDueDate?: string }`. */
  data: string;
}

export interface CalendarDaysTable {
  date: string;
  kind: string;
  /** JSON `LocalizedText`. */
  name: string;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  role: string;
  /** JSON array of agency codes; empty for every agency. */
  agencies: string;
  secret_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  key_id: string;
  key_name: string;
  action: string;
  resource: string;
  resource_id: string | null;
  agency: string | null;
  /** `key` (an API key, id in key_id) or `user` (a person's account, id in key_id). */
  actor_type: Generated<string>;
}

export interface UsersTable {
  id: string;
  username: string;
  name: string;
  role: string;
  /** JSON array of agency codes; empty for every agency. */
  agencies: string;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface UserSessionsTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface SignInFailuresTable {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

/** Results of idempotent POSTs, so a retry answers the first result instead of acting twice. */
export interface IdempotencyKeysTable {
  operation: string;
  key: string;
  fingerprint: string;
  status: number;
  response: string;
  created_at: string;
}

/** A proof-of-work challenge already used, kept until it would have expired anyway. */
export interface SpentChallengesTable {
  id: string;
  expires_at: string;
}

/** Site-wide visitor ids of a day not yet over (see `visits/unique-visitors.ts`). */
export interface VisitorIdsTodayTable {
  day: string;
  visitor: string;
}

/** Site-wide unique visitors of a past local day. */
export interface UniqueVisitorDaysTable {
  day: string;
  visitors: number;
}

/** The random salt of visitor ids for one local day (base64). */
export interface VisitorSaltsTable {
  day: string;
  salt: string;
  created_at: string;
}

/** Who consented to what: `subject_type` is `question` or `draft-comment`. */
export interface ConsentRecordsTable {
  subject_type: string;
  subject_id: string;
  purpose: string;
  notice_version: string;
  given_at: string;
  withdrawn_at: string | null;
}

/** Keyed hash of an email or phone (see `personal-data/contact-index.ts`) → a record holding it. */
export interface ContactIndexTable {
  contact_hash: string;
  subject_type: string;
  subject_id: string;
}

export interface DataSubjectRequestsTable {
  id: string;
  kind: string;
  state: string;
  /** The contact given, sealed; both it and its hash are erased when the request is closed. */
  contact_sealed: string | null;
  contact_hash: string | null;
  received_at: string;
  acknowledge_by: string;
  due_by: string;
  acknowledged_at: string | null;
  closed_at: string | null;
  note: string | null;
  outcome: string | null;
  erased_records: number | null;
}

export interface Tables extends LegalDocumentTables {
  settings: SettingsTable;
  agencies: AgenciesTable;
  agency_origins: AgencyOriginsTable;
  leaders: LeadersTable;
  polls: PollsTable;
  votes: VotesTable;
  vote_choices: VoteChoicesTable;
  poll_tallies: PollTalliesTable;
  poll_address_votes: PollAddressVotesTable;
  poll_cap_refusals: PollCapRefusalsTable;
  visit_days: VisitDaysTable;
  questions: QuestionsTable;
  question_events: QuestionEventsTable;
  calendar_days: CalendarDaysTable;
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  spent_challenges: SpentChallengesTable;
  visitor_salts: VisitorSaltsTable;
  visitor_ids_today: VisitorIdsTodayTable;
  unique_visitor_days: UniqueVisitorDaysTable;
  consent_records: ConsentRecordsTable;
  contact_index: ContactIndexTable;
  data_subject_requests: DataSubjectRequestsTable;
  users: UsersTable;
  user_sessions: UserSessionsTable;
  sign_in_failures: SignInFailuresTable;
}
