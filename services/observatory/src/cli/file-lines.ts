// A file's lines, streamed: plain or gzipped (told by its first two bytes, not its name), so the
// national SSMSI file is never held in memory whole.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

const GZIP_MAGIC = [0x1f, 0x8b];

export async function isGzipped(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === GZIP_MAGIC[0] && buffer[1] === GZIP_MAGIC[1];
  } finally {
    await handle.close();
  }
}

/** The file's lines in order (a final line without newline included), decoded as UTF-8. */
export async function* fileLines(file: string): AsyncGenerator<string> {
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  const input = (await isGzipped(file)) ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw;
  input.setEncoding('utf8');
  yield* createInterface({ input, crlfDelay: Infinity });
}
