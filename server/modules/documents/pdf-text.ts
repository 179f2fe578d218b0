import zlib from 'node:zlib';

/**
 * The text of a PDF that pdfkit wrote with embedded fonts, for tests: inflates the streams, reads
 * each font's ToUnicode map and decodes the `[<glyphs> …] TJ` operators in page order. Only what
 * pdfkit emits (no object streams, 2-byte codes, bfrange arrays) — not a general PDF parser.
 * Standard-font (WinAnsi) strings in `(…)` are decoded as Latin-1. Lines are joined with "\n".
 */
export function pdfText(pdf: Buffer): string {
  const src = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  const objRe = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = objRe.exec(src); m; m = objRe.exec(src)) {
    const body = m[2]!;
    const s = body.indexOf('stream');
    if (s < 0) { objects.set(m[1]!, { dict: body, stream: null }); continue; }
    const dict = body.slice(0, s);
    let start = s + 'stream'.length;
    if (body[start] === '\r') start++;
    if (body[start] === '\n') start++;
    const raw = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
    let data: Buffer = raw;
    if (/\/FlateDecode/.test(dict)) {
      try { data = zlib.inflateSync(raw); } catch { data = zlib.inflateSync(raw.subarray(0, raw.length - 1)); }
    }
    objects.set(m[1]!, { dict, stream: data.toString('latin1') });
  }

  // Font resource name (F1, F2 …; document-wide in pdfkit) → code → text.
  const maps = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    const fonts = /\/Font\s*<<([\s\S]*?)>>/.exec(dict);
    if (!fonts) continue;
    for (const f of fonts[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      if (maps.has(f[1]!)) continue;
      const font = objects.get(f[2]!);
      const cmapRef = font && /\/ToUnicode\s+(\d+) 0 R/.exec(font.dict);
      maps.set(f[1]!, cmapRef ? parseCmap(objects.get(cmapRef[1]!)?.stream ?? '') : new Map());
    }
  }

  const lines: string[] = [];
  for (const { dict, stream } of objects.values()) {
    if (stream === null || /\/ToUnicode|\/Length1|\/Subtype|\/Type\s*\/XRef/.test(dict) || !/Tf/.test(stream)) continue;
    let font = '';
    const opRe = /\/(\w+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|\(((?:[^)\\]|\\.)*)\)\s*Tj/g;
    for (let m = opRe.exec(stream); m; m = opRe.exec(stream)) {
      if (m[1]) { font = m[1]; continue; }
      const map = maps.get(font);
      const inner = m[2] ?? `(${m[3]})`;
      let line = '';
      for (const part of inner.matchAll(/<([0-9a-fA-F]*)>|\(((?:[^)\\]|\\.)*)\)/g)) {
        if (part[1] !== undefined) {
          for (let i = 0; i + 4 <= part[1].length; i += 4) line += map?.get(parseInt(part[1].slice(i, i + 4), 16)) ?? '';
        } else {
          line += part[2]!.replace(/\\([()\\])/g, '$1');
        }
      }
      lines.push(line);
    }
  }
  return lines.join('\n');
}

function parseCmap(cmap: string): Map<number, string> {
  const out = new Map<number, string>();
  const hexText = (h: string) => String.fromCharCode(...(h.match(/[0-9a-fA-F]{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const r of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    const start = parseInt(r[1]!, 16);
    [...r[3]!.matchAll(/<([^>]*)>/g)].forEach((e, i) => out.set(start + i, hexText(e[1]!)));
  }
  return out;
}
