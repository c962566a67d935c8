/**
 * A buffered, synchronous text file writer: the generator produces rows faster than small writes would carry
 * them, and writing synchronously keeps memory flat (nothing queues behind a slow disk).
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

export class TextSink {
  private readonly fd: number;
  private parts: string[] = [];
  private length = 0;
  bytes = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }

  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.bytes += writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.length = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
