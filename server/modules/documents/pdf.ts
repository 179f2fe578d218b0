import fs from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Block, DocumentContent } from './content.ts';

const require = createRequire(import.meta.url);

/**
 * IBM Plex Sans, the web app's typeface, embedded from @fontsource (pdfkit's fontkit reads WOFF).
 * Embedding (rather than the standard Helvetica) gives the PDF a ToUnicode map, so æ, ø, å, "–"
 * and "§" copy, search and read aloud correctly. Falls back to Helvetica if the files are missing.
 */
function fontFile(weight: 400 | 700): string | null {
  try {
    const path = require.resolve(`@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-${weight}-normal.woff`);
    return fs.existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
const REGULAR = fontFile(400);
const BOLD = fontFile(700);

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc['struct']>;

/**
 * Lays out document content as a tagged PDF (PDF/UA-style structure: Document, H1, H2, P, L/LI,
 * with the document language and title set), so screen readers get headings and lists. Pure
 * layout: every word comes from the content. Resolves with the whole file.
 */
export function renderPdf(content: DocumentContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'da-DK',
    displayTitle: true,
    // Fixed dates keep the bytes a function of the content (reproducible files, stable tests).
    info: {
      Title: content.title,
      Subject: content.subject,
      Author: content.issuedBy,
      Creator: 'Jobbro',
      CreationDate: new Date(0),
      ModDate: new Date(0),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const regular = REGULAR ? 'Plex' : 'Helvetica';
  const bold = BOLD ? 'Plex-Bold' : 'Helvetica-Bold';
  if (REGULAR) doc.registerFont('Plex', REGULAR);
  if (BOLD) doc.registerFont('Plex-Bold', BOLD);

  const root = doc.struct('Document');
  doc.addStructure(root);
  root.add(
    doc.struct('P', {}, () => {
      doc.font(regular).fontSize(9).fillColor('#555555').text(content.issuedBy);
      doc.fillColor('#000000');
    }),
  );
  doc.moveDown(0.5);
  for (const block of content.blocks) renderBlock(doc, root, block, regular, bold);
  root.end();
  doc.end();
  return done;
}

function renderBlock(doc: Doc, root: Struct, b: Block, regular: string, bold: string): void {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  switch (b.kind) {
    case 'title':
      root.add(doc.struct('H1', {}, () => doc.font(bold).fontSize(20).text(b.text)));
      doc.moveDown(0.6);
      return;
    case 'heading':
      doc.moveDown(0.6);
      root.add(doc.struct('H2', {}, () => doc.font(bold).fontSize(13).text(b.text)));
      doc.moveDown(0.3);
      return;
    case 'paragraph':
      root.add(doc.struct('P', {}, () => doc.font(regular).fontSize(11).text(b.text, { width })));
      doc.moveDown(0.4);
      return;
    case 'fields':
      for (const row of b.rows) {
        root.add(
          doc.struct('P', {}, () => {
            doc.font(bold).fontSize(11).text(`${row.label}: `, { continued: true, width });
            doc.font(regular).text(row.value, { width });
          }),
        );
        doc.moveDown(0.2);
      }
      return;
    case 'list': {
      const list = doc.struct('L');
      root.add(list);
      for (const item of b.items) {
        list.add(doc.struct('LI', {}, () => doc.font(regular).fontSize(11).text(`•  ${item}`, { width, indent: 0 })));
        doc.moveDown(0.2);
      }
      list.end();
      doc.moveDown(0.2);
      return;
    }
    case 'signature':
      doc.moveDown(1.5);
      for (const line of b.lines) {
        root.add(
          doc.struct('P', {}, () => {
            doc.font(regular).fontSize(11).text('_______________________________________________', { width });
            doc.fontSize(9).text(line, { width });
          }),
        );
        doc.moveDown(1.2);
      }
      return;
  }
}
