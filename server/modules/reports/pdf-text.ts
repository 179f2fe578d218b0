import zlib from 'node:zlib';

/**
 * The text of a PDF printed by Chromium (Skia), for tests and the benchmark's sanity check: no
 * pdftotext is available offline, and the documents module's extractor reads pdfkit's layout only.
 * Skia writes Type0 fonts with ToUnicode maps (bfchar and bfrange) and one `<gid> Tj` per glyph;
 * glyphs of one BT…ET block are joined into a line. Not a general PDF parser.
 */
export function chromiumPdfText(pdf: Buffer): string {
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
    let data = raw.toString('latin1');
    if (/\/FlateDecode/.test(dict)) {
      try { data = zlib.inflateSync(raw).toString('latin1'); } catch { data = ''; }
    }
    objects.set(m[1]!, { dict, stream: data });
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
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !/\bBT\b/.test(stream) || /begincmap/.test(stream)) continue;
    for (const block of stream.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let font = '';
      let line = '';
      for (const op of block[1]!.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]+)>\s*Tj|\[([^\]]*)\]\s*TJ/g)) {
        if (op[1]) { font = op[1]; continue; }
        const hex = op[2] ?? [...(op[3] ?? '').matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => x[1]).join('');
        const map = maps.get(font);
        for (let i = 0; i + 4 <= hex.length; i += 4) line += map?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
      }
      if (line) lines.push(line);
    }
  }
  // NFKC turns the ligatures Chromium's shaping produces (ﬁ, ﬂ) back into plain letters.
  return lines.join('\n').normalize('NFKC');
}

function utf16(hex: string): string {
  return String.fromCharCode(...(hex.match(/[0-9a-fA-F]{4}/g) ?? []).map((x) => parseInt(x, 16)));
}

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
