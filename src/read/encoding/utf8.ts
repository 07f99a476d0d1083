const strict = new TextDecoder('utf-8', { fatal: true });

/** Whether the bytes are well-formed UTF-8 (as `buffer.isUtf8` says, without Node: the stages run in a page too). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
