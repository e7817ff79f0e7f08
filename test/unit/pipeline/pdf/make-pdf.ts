/**
 * Small PDFs for tests, written by hand so each one shows one shape: text placed where a layout
 * would put it, Chinese in a non-embedded Adobe-GB1 font (as government and institute reports
 * ship), an outline, document information, a password, pages with no text at all.
 */

export type PlacedText = { text: string; x: number; y: number; size: number; slant?: boolean };
export type OutlineSpec = { title: string; page: number; children?: OutlineSpec[] };
export type PdfSpec = {
  pages: PlacedText[][];
  outline?: OutlineSpec[];
  info?: { title?: string; author?: string; creationDate?: string };
  /** A standard security handler whose empty user password does not open the file. */
  encrypted?: boolean;
};

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;

const isAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

function hex16(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0x3f;
    out += (code > 0xffff ? 0x3f : code).toString(16).padStart(4, '0');
  }
  return out;
}

/** A text string for the document information or the outline: UTF-16BE with its BOM. */
const textString = (text: string) => (isAscii(text) ? `(${text.replace(/[()\\]/g, '\\$&')})` : `<FEFF${hex16(text)}>`);

function contentStream(pieces: readonly PlacedText[]): string {
  return pieces
    .map(({ text, x, y, size, slant }) => {
      const matrix = `${size} 0 ${slant ? size / 3 : 0} ${size} ${x} ${y}`;
      const shown = isAscii(text) ? `(${text.replace(/[()\\]/g, '\\$&')}) Tj` : `<${hex16(text)}> Tj`;
      return `BT /${isAscii(text) ? 'F1' : 'F2'} 1 Tf ${matrix} Tm ${shown} ET`;
    })
    .join('\n');
}

/** The PDF's bytes. Everything is ASCII, so string lengths are byte offsets. */
export function makePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const reserve = (): number => add('');
  const set = (ref: number, body: string) => (objects[ref - 1] = body);

  const catalog = reserve();
  const pagesRef = reserve();
  const latin = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  const cjk = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`,
  );
  const pageRefs: number[] = [];
  for (const pieces of spec.pages) {
    const stream = contentStream(pieces);
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    pageRefs.push(
      add(
        `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 ${latin} 0 R /F2 ${cjk} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  set(pagesRef, `<< /Type /Pages /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`);

  let outlineRef: number | null = null;
  if (spec.outline && spec.outline.length > 0) {
    outlineRef = reserve();
    const writeLevel = (
      items: readonly OutlineSpec[],
      parent: number,
    ): { first: number; last: number; count: number } => {
      const refs = items.map(() => reserve());
      let count = 0;
      items.forEach((item, i) => {
        const ref = refs[i] ?? 0;
        const kids = item.children && item.children.length > 0 ? writeLevel(item.children, ref) : null;
        const page = pageRefs[item.page - 1] ?? pageRefs[0];
        const links = [
          i > 0 ? `/Prev ${refs[i - 1]} 0 R` : '',
          i < refs.length - 1 ? `/Next ${refs[i + 1]} 0 R` : '',
          kids ? `/First ${kids.first} 0 R /Last ${kids.last} 0 R /Count ${kids.count}` : '',
        ].join(' ');
        set(
          ref,
          `<< /Title ${textString(item.title)} /Parent ${parent} 0 R /Dest [${page} 0 R /XYZ 0 ${PAGE_HEIGHT} 0] ${links} >>`,
        );
        count += 1 + (kids?.count ?? 0);
      });
      return { first: refs[0] ?? 0, last: refs.at(-1) ?? 0, count };
    };
    const top = writeLevel(spec.outline, outlineRef);
    set(outlineRef, `<< /Type /Outlines /First ${top.first} 0 R /Last ${top.last} 0 R /Count ${top.count} >>`);
  }
  set(
    catalog,
    `<< /Type /Catalog /Pages ${pagesRef} 0 R${outlineRef ? ` /Outlines ${outlineRef} 0 R /PageMode /UseOutlines` : ''} >>`,
  );

  const info = spec.info
    ? add(
        `<< ${Object.entries({ Title: spec.info.title, Author: spec.info.author, CreationDate: spec.info.creationDate })
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => `/${k} ${textString(v ?? '')}`)
          .join(' ')} >>`,
      )
    : null;
  const encrypt = spec.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : null;

  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = '0123456789abcdef0123456789abcdef';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}${
    encrypt ? ` /Encrypt ${encrypt} 0 R` : ''
  } /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** Lines of text down a page from the top, one per entry, at a body size. */
export function linesDown(
  texts: readonly (string | { text: string; size?: number; x?: number })[],
  { top = 780, size = 12, x = 72, gap = 1.6 }: { top?: number; size?: number; x?: number; gap?: number } = {},
): PlacedText[] {
  let y = top;
  return texts.map((entry) => {
    const piece = typeof entry === 'string' ? { text: entry } : entry;
    const lineSize = piece.size ?? size;
    const placed = { text: piece.text, x: piece.x ?? x, y, size: lineSize };
    y -= lineSize * gap;
    return placed;
  });
}
