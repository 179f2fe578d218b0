import zlib from 'node:zlib';

/**
 * The text of the PDFs Jobbro writes, for tests and the report benchmark's sanity check: no
 * pdftotext is available offline. Two writers, two text layouts, one object and font reader:
 * - `pdfText`: pdfkit (documents module): `[<glyphs> …] TJ` operators, standard-font strings in
 *   `(…)` decoded as Latin-1, one line per operator;
 * - `chromiumPdfText`: Chromium/Skia (funder report): `<gid> Tj` per glyph, the glyphs of one
 *   BT…ET block joined into a line, ligatures folded back by NFKC.
 * Only what those writers emit (no object streams) — not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const { objects, maps } = readPdf(pdf);
  const lines: string[] = [];
  for (const { dict, stream } of objects.values()) {
    if (stream === null || /\/ToUnicode|\/Length1|\/Subtype|\/Type\s*\/XRef/.test(dict) || !/Tf/.test(stream)) continue;
    let font = '';
    const opRe = /\/(\w+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|\(((?:[^)\\]|\\.)*)\)\s*Tj/g;
    for (let m = opRe.exec(stream); m; m = opRe.exec(stream)) {
      if (m[1]) {
        font = m[1];
        continue;
      }
      const map = maps.get(font);
      const inner = m[2] ?? `(${m[3]})`;
      let line = '';
      for (const part of inner.matchAll(/<([0-9a-fA-F]*)>|\(((?:[^)\\]|\\.)*)\)/g)) {
        line += part[1] !== undefined ? glyphs(part[1], map) : part[2]!.replace(/\\([()\\])/g, '$1');
      }
      lines.push(line);
    }
  }
  return lines.join('\n');
}

/** See `pdfText`: the layout Chromium's printer writes. */
export function chromiumPdfText(pdf: Buffer): string {
  const { objects, maps } = readPdf(pdf);
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !/\bBT\b/.test(stream) || /begincmap/.test(stream)) continue;
    for (const block of stream.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let font = '';
      let line = '';
      for (const op of block[1]!.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]+)>\s*Tj|\[([^\]]*)\]\s*TJ/g)) {
        if (op[1]) {
          font = op[1];
          continue;
        }
        line += glyphs(op[2] ?? [...(op[3] ?? '').matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => x[1]).join(''), maps.get(font));
      }
      if (line) lines.push(line);
    }
  }
  // NFKC turns the ligatures Chromium's shaping produces (ﬁ, ﬂ) back into plain letters.
  return lines.join('\n').normalize('NFKC');
}

type PdfObject = { dict: string; stream: string | null };

/** Every object (streams inflated) and each font resource name's ToUnicode map. */
function readPdf(pdf: Buffer): { objects: Map<string, PdfObject>; maps: Map<string, Map<number, string>> } {
  const src = pdf.toString('latin1');
  const objects = new Map<string, PdfObject>();
  const objRe = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = objRe.exec(src); m; m = objRe.exec(src)) {
    const body = m[2]!;
    const s = body.indexOf('stream');
    if (s < 0) {
      objects.set(m[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, s);
    let start = s + 'stream'.length;
    if (body[start] === '\r') start++;
    if (body[start] === '\n') start++;
    const raw = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
    let data: Buffer = raw;
    if (/\/FlateDecode/.test(dict)) {
      try {
        data = zlib.inflateSync(raw);
      } catch {
        try {
          data = zlib.inflateSync(raw.subarray(0, raw.length - 1));
        } catch {
          data = Buffer.alloc(0);
        }
      }
    }
    objects.set(m[1]!, { dict, stream: data.toString('latin1') });
  }
  const maps = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    const fonts = /\/Font\s*<<([\s\S]*?)>>/.exec(dict);
    if (!fonts) continue;
    for (const f of fonts[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      if (maps.has(f[1]!)) continue;
      const cmapRef = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(f[2]!)?.dict ?? '');
      maps.set(f[1]!, cmapRef ? parseCmap(objects.get(cmapRef[1]!)?.stream ?? '') : new Map());
    }
  }
  return { objects, maps };
}

function glyphs(hex: string, map: Map<number, string> | undefined): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += map?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
  return out;
}

function utf16(hex: string): string {
  return String.fromCharCode(...(hex.match(/[0-9a-fA-F]{4}/g) ?? []).map((x) => parseInt(x, 16)));
}

/** A ToUnicode CMap: bfchar entries and bfrange entries in both forms (a start code or an array). */
function parseCmap(cmap: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const sect of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const e of sect[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) out.set(parseInt(e[1]!, 16), utf16(e[2]!));
  }
  for (const sect of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const e of sect[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]+)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(e[1]!, 16);
      const hi = parseInt(e[2]!, 16);
      if (e[3]) {
        const base = parseInt(e[3], 16);
        for (let c = lo; c <= hi; c++) out.set(c, String.fromCharCode(base + c - lo));
      } else {
        [...e[4]!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((x, i) => out.set(lo + i, utf16(x[1]!)));
      }
    }
  }
  return out;
}
