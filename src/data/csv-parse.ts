/**
 * A strict RFC 4180 reader: the counterpart of toCsv in export.ts, used by tests to read back what
 * a download contains. Accepts CRLF, LF or CR record ends and a leading UTF-8 BOM; rejects a quote
 * inside an unquoted field and an unterminated quoted field instead of guessing.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  /** The current field opened with a quote, so `""` at the very end still counts as a field. */
  let opened = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
    opened = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        const next = source[i + 1];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          throw new Error(`CSV: unexpected "${next}" after a closing quote at offset ${i + 1}`);
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (field !== '' || opened) {
        throw new Error(`CSV: quote inside an unquoted field at offset ${i}`);
      }
      quoted = true;
      opened = true;
      i += 1;
    } else if (ch === ',') {
      endField();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed before the end of the text');
  // Text ending without a line break still holds a last record.
  if (field !== '' || opened || record.length > 0) endRecord();
  return records;
}
