// A file streamed in chunks that end on line boundaries: plain or gzipped (told by its first two
// bytes, not its name), so the national SSMSI file is never held in memory whole, and so lines
// can be looked at as bytes before any is decoded (most of a national file is dropped unread).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';

const GZIP_MAGIC = [0x1f, 0x8b];
const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

export async function isGzipped(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === GZIP_MAGIC[0] && buffer[1] === GZIP_MAGIC[1];
  } finally {
    await handle.close();
  }
}

/** The file's bytes (gunzipped when needed) in chunks of whole lines; the last line may lack its newline. */
export async function* fileLineChunks(file: string): AsyncGenerator<Buffer> {
  const raw = createReadStream(file, { highWaterMark: CHUNK });
  const input = (await isGzipped(file)) ? raw.pipe(createGunzip({ chunkSize: CHUNK })) : raw;
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of input as AsyncIterable<Buffer>) {
    const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    const last = data.lastIndexOf(NEWLINE);
    if (last < 0) {
      rest = data;
      continue;
    }
    yield data.subarray(0, last + 1);
    rest = Buffer.from(data.subarray(last + 1));
  }
  if (rest.length > 0) yield rest;
}
