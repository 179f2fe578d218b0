import { writeFileSync } from 'node:fs';
import type { GeneratedInstance } from './generate.ts';

/**
 * Dumps an instance for scipy_solve.py. JSON of an XL instance is ~250 MB and costs Python more
 * than 2 GB to load; this little-endian layout is read by numpy without copies:
 * "JBMI", int32 version=1, participants, openings, edges; int32 capacity[openings];
 * int32 participant[edges]; int32 opening[edges]; zero padding to 8 bytes; float64 score[edges].
 */
export function writeBinaryInstance(path: string, instance: GeneratedInstance): void {
  const { participants, openings, capacity, edgeParticipant, edgeOpening, score } = instance;
  const m = score.length;
  let offset = 20 + 4 * openings + 8 * m;
  const padding = (8 - (offset % 8)) % 8;
  offset += padding;
  const buffer = Buffer.alloc(offset + 8 * m);
  buffer.write('JBMI', 0, 'latin1');
  buffer.writeInt32LE(1, 4);
  buffer.writeInt32LE(participants, 8);
  buffer.writeInt32LE(openings, 12);
  buffer.writeInt32LE(m, 16);
  let at = 20;
  for (const part of [capacity, edgeParticipant, edgeOpening]) {
    const bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    bytes.copy(buffer, at);
    at += bytes.length;
  }
  at += padding;
  Buffer.from(score.buffer, score.byteOffset, score.byteLength).copy(buffer, at);
  writeFileSync(path, buffer);
}
