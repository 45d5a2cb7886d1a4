import type { RegisterImportFormat } from '@vn-portal/schema';

/**
 * The format of an imported file, from its content rather than its name or declared type: an XLSX
 * is a zip archive (`PK\x03\x04`), anything else is read as CSV text.
 */
export function formatOf(bytes: Uint8Array): RegisterImportFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}
