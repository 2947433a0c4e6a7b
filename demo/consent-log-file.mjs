// The consent receiver's JSON-lines file: appended to one whole line at a time, read back only from
// its end. No framework, no dependency.
import { appendFileSync, closeSync, fstatSync, openSync, readSync } from 'node:fs';

const CHUNK = 64 * 1024;
const NEWLINE = 10;

/** Reads `length` bytes at `position` (readSync may return fewer than asked). */
function readAt(fd, length, position) {
  const buffer = Buffer.alloc(length);
  for (let done = 0; done < length;) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) return buffer.subarray(0, done);
    done += read;
  }
  return buffer;
}

/** The file's descriptor for reading, or undefined when there is no file yet. */
function openIfThere(file) {
  try {
    return openSync(file, 'r');
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether the next line can simply be appended: no file, an empty one, or one ending in a newline. */
export function endsOnNewline(file) {
  const fd = openIfThere(file);
  if (fd === undefined) return true;
  try {
    const { size } = fstatSync(fd);
    return size === 0 || readAt(fd, 1, size - 1)[0] === NEWLINE;
  } finally {
    closeSync(fd);
  }
}

/**
 * Calls `onLine(text, byteOffset)` for each of the last `count` lines of `file`, newest first, and
 * skips empty ones. It reads backwards a chunk at a time and stops there, so a start costs the same
 * at a million records as at a hundred thousand, and holds one chunk, not the whole tail, at once.
 * A last line without its newline (a write cut short) is passed on like the others: the caller
 * decides whether it reads.
 */
export function readTail(file, count, onLine) {
  const fd = openIfThere(file);
  if (fd === undefined) return;
  try {
    let start = fstatSync(fd).size;
    // The bytes in front of the first newline read so far: the end of a line that starts further back.
    let rest = Buffer.alloc(0);
    let left = count;
    const emit = (bytes, offset) => {
      if (bytes.length === 0) return;
      onLine(bytes.toString('utf8'), offset);
      left--;
    };
    while (start > 0 && left > 0) {
      const length = Math.min(CHUNK, start);
      start -= length;
      const text = Buffer.concat([readAt(fd, length, start), rest]);
      // Each newline ends one line and starts the next; lines are passed on from the last one back.
      let end = text.length;
      for (let i = text.lastIndexOf(NEWLINE); i !== -1 && left > 0; i = i === 0 ? -1 : text.lastIndexOf(NEWLINE, i - 1)) {
        emit(text.subarray(i + 1, end), start + i + 1);
        end = i;
      }
      rest = text.subarray(0, end);
    }
    if (start === 0 && left > 0) emit(rest, 0);
  } finally {
    closeSync(fd);
  }
}

/**
 * A function that appends one line to `file` and throws if it could not. Each line goes out in one
 * appendFileSync (one write for a line this short), so the process being killed leaves whole lines.
 * A failed write (a full disk) may still leave part of a line: the next line then starts on a fresh
 * one, so the torn line stays alone and is skipped on start instead of spoiling a good record.
 * The file is opened per line, not held open: a log moved away by rotation is simply created again,
 * and an open and a close per consent decision cost nothing at the rate decisions arrive.
 */
export function createAppender(file) {
  let clean = endsOnNewline(file);
  return (line) => {
    if (!clean) clean = endsOnNewline(file);
    const text = `${clean ? '' : '\n'}${line}\n`;
    clean = false;
    appendFileSync(file, text);
    clean = true;
  };
}
