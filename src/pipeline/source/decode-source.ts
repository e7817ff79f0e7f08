import { error, warning, type Diagnostic } from '../diagnostics.ts';

/** Larger files are certainly not articles or reports of the shapes we read. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export type DecodedSource = { text: string; diagnostics: Diagnostic[] } | { rejection: Diagnostic };

/** Text never holds NUL; a NUL anywhere (not just at the start) means binary or a broken file. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/**
 * Bytes to text: UTF-8 (a BOM is dropped), UTF-16 when a BOM says so, CRLF and CR to LF.
 * Anything else is rejected with the reason, never guessed at.
 */
export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) {
    return { rejection: error(file, 'the file is empty', 'add content or remove the file') };
  }
  if (bytes.length > MAX_SOURCE_BYTES) {
    return {
      rejection: error(
        file,
        `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_SOURCE_BYTES / 1048576} MB limit`,
        'split it into smaller documents',
      ),
    };
  }
  const diagnostics: Diagnostic[] = [];
  let text: string;
  const utf16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding).decode(bytes);
    diagnostics.push(warning(file, `the file is ${encoding.toUpperCase()}; read it as such`, 'save it as UTF-8'));
  } else {
    if (looksBinary(bytes)) {
      return {
        rejection: error(file, 'the file is binary (it contains NUL bytes)', 'remove it from the content folder'),
      };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const line = firstInvalidUtf8Line(bytes);
      return {
        rejection: error(file, 'the file is not valid UTF-8', 'save it as UTF-8', line),
      };
    }
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { rejection: error(file, 'the file holds only white space', 'add content or remove the file') };
  }
  return { text, diagnostics };
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
