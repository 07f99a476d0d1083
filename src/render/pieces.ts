/**
 * Text written in many small strings, kept as UTF-8 pieces of about a megabyte: an output part of tens of
 * megabytes (the appendix of 10,000 units, tong-hop.json) is never one JavaScript string, which takes two bytes a
 * character once a single Vietnamese letter is in it, and is never copied whole while it is being built.
 */
export class Pieces {
  private readonly done: Buffer[] = [];
  private parts: string[] = [];
  private size = 0;

  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) this.flush();
  }

  /** The pieces completed so far, handed over (for writing out while the rest is being made). */
  take(): Buffer[] {
    return this.done.splice(0, this.done.length);
  }

  /** The pieces written so far, encoded. */
  buffers(): Buffer[] {
    this.flush();
    return this.done;
  }

  /** All of it as one block of bytes (a zip entry). */
  bytes(): Uint8Array {
    return Buffer.concat(this.buffers());
  }

  private flush(): void {
    if (this.parts.length > 0) this.done.push(Buffer.from(this.parts.join(''), 'utf8'));
    this.parts = [];
    this.size = 0;
  }
}
