import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { toBuffer as qrToBuffer } from 'qrcode';
import type { IssuingAgency } from '../forms/form-inputs';
import { NATIONAL_MOTTO, NATIONAL_NAME } from './documents.constants';

/**
 * DejaVu Sans Condensed: every Vietnamese glyph and the đồng sign (DejaVu Serif lacks ₫; PDFKit's built-in fonts lack
 * most Vietnamese letters), narrow enough for A5 forms and the A4 book's many columns.
 */
const FONT_FILES = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
  italic: 'DejaVuSansCondensed-Oblique.ttf',
  boldItalic: 'DejaVuSansCondensed-BoldOblique.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;

let fontCache: Record<FontName, Buffer> | null = null;
function fonts(): Record<FontName, Buffer> {
  fontCache ??= {
    regular: readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.regular}`)),
    bold: readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.bold}`)),
    italic: readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.italic}`)),
    boldItalic: readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.boldItalic}`)),
  };
  return fontCache;
}

/** Vietnamese text may arrive decomposed (NFD) from some sources; the forms print the composed letters. */
const nfc = (text: string): string => text.normalize('NFC');

export interface PageSetup {
  size: 'A4' | 'A5';
  layout: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number };
  /** Body text size in points; titles, notes and tables are derived from it. */
  fontSize: number;
}

/** Forms 01–06 (Circular 03/2025 keeps the A5 slips of 2018). */
export const A5_PORTRAIT: PageSetup = { size: 'A5', layout: 'portrait', margins: { top: 30, bottom: 38, left: 36, right: 28 }, fontSize: 9 };
/** The tracking book (Mẫu 07). */
export const A4_LANDSCAPE: PageSetup = { size: 'A4', layout: 'landscape', margins: { top: 34, bottom: 40, left: 40, right: 30 }, fontSize: 8.5 };
/** The result notice. */
export const A4_PORTRAIT: PageSetup = { size: 'A4', layout: 'portrait', margins: { top: 42, bottom: 48, left: 62, right: 42 }, fontSize: 11 };

export interface FormWriterOptions {
  page: PageSetup;
  /** PDF metadata Title. */
  title: string;
  subject?: string;
  /** PDF metadata Author: the issuing agency. */
  author: string;
  /** PDF creation date, taken from the input so that rendering is deterministic. */
  createdAt: Date;
  /** Printed at the bottom left of every page, e.g. "Mẫu số 01 · Mã hồ sơ …". */
  footer: string;
}

/** A run of text in one style, for lines that mix regular and bold. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface TableColumn {
  header: string;
  /** Relative width; the columns share the text width in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Consecutive columns with the same group get a spanning header cell above their own. */
  group?: string;
}

export type TableCell = string | { text: string; bold?: boolean };

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  fontSize?: number;
  /** Repeat the header row at the top of each new page (default true). */
  repeatHeader?: boolean;
}

export interface SignatureBlock {
  /** Upper-case heading, e.g. "NGƯỜI NỘP HỒ SƠ". */
  heading: string;
  /** The italic hint under it, e.g. "(Ký và ghi rõ họ tên)". */
  hint?: string;
  /** The printed name under the space left for the signature. */
  name?: string;
}

export interface HeaderSpec {
  agency: IssuingAgency;
  /** The form's number in the agency's register: printed "Số: …" under the agency. */
  number?: string;
  /** The place-and-date line, printed in italics under the national motto. */
  dateLine?: string;
}

const CELL_PADDING = 3;
const LINE_WIDTH = 0.5;
const HEADER_FILL = '#ececec';
const FOOTER_COLOR = '#555555';

/**
 * Draws the standard forms: the two-column header of Vietnamese administrative documents (Decree 30/2020 layout),
 * titles, labelled fields, tables that wrap and break across pages with the header repeated, signature blocks, a QR
 * code with its URL, and a footer with page numbers. Text flows from top to bottom; every method moves the cursor.
 */
export class FormWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly output: Promise<Buffer>;

  constructor(private readonly options: FormWriterOptions) {
    const { page } = options;
    this.doc = new PDFDocument({
      size: page.size,
      layout: page.layout,
      margins: page.margins,
      bufferPages: true,
      lang: 'vi-VN',
      displayTitle: true,
      info: {
        Title: nfc(options.title),
        Author: nfc(options.author),
        Subject: nfc(options.subject ?? options.title),
        Creator: 'Cổng dịch vụ công',
        Producer: 'PDFKit',
        CreationDate: options.createdAt,
      },
    });
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.output = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    const files = fonts();
    for (const name of Object.keys(files) as FontName[]) this.doc.registerFont(name, files[name]);
    this.use('regular', page.fontSize);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private get size(): number {
    return this.options.page.fontSize;
  }

  private use(font: FontName, size: number): PDFKit.PDFDocument {
    return this.doc.font(font).fontSize(size);
  }

  private newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
  }

  /** Starts a new page unless `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** Vertical space in lines of body text. */
  space(lines = 1): void {
    this.doc.y += lines * this.size * 1.2;
  }

  /** The largest size not above `max` at which `text` fits `width`. */
  private fit(font: FontName, text: string, width: number, max: number): number {
    this.use(font, max);
    const natural = this.doc.widthOfString(text);
    return natural <= width ? max : Math.floor((max * width * 10) / natural) / 10;
  }

  private centered(font: FontName, size: number, text: string, x: number, width: number): void {
    this.use(font, size).text(nfc(text), x, this.doc.y, { width, align: 'center' });
  }

  private underline(centre: number, length: number, y: number): void {
    this.doc.moveTo(centre - length / 2, y).lineTo(centre + length / 2, y).lineWidth(LINE_WIDTH).stroke();
  }

  /** Agency (parent above, in capitals) on the left, national name and motto on the right, then number and date. */
  header(spec: HeaderSpec): void {
    const top = this.doc.y;
    const leftWidth = this.width * 0.42;
    const rightX = this.left + leftWidth;
    const rightWidth = this.width - leftWidth;
    const size = this.size;

    this.doc.y = top;
    const parent = spec.agency.parentName?.trim();
    if (parent) this.centered('regular', this.fit('regular', parent.toUpperCase(), leftWidth, size - 0.5), parent.toUpperCase(), this.left, leftWidth);
    const agency = spec.agency.name.trim().toUpperCase();
    this.centered('bold', Math.max(size - 1.5, this.fit('bold', agency, leftWidth, size - 0.5)), agency, this.left, leftWidth);
    const agencyRule = this.doc.y + 2.5;
    this.underline(this.left + leftWidth / 2, leftWidth / 3, agencyRule);
    const leftBottom = agencyRule + 3;

    this.doc.y = top;
    const nationalSize = this.fit('bold', NATIONAL_NAME, rightWidth, size - 0.5);
    this.centered('bold', nationalSize, NATIONAL_NAME, rightX, rightWidth);
    const mottoSize = this.fit('bold', NATIONAL_MOTTO, rightWidth, size);
    this.centered('bold', mottoSize, NATIONAL_MOTTO, rightX, rightWidth);
    const mottoRule = this.doc.y + 1.5;
    this.underline(rightX + rightWidth / 2, this.use('bold', mottoSize).widthOfString(NATIONAL_MOTTO), mottoRule);
    const rightBottom = mottoRule + 3;

    const row = Math.max(leftBottom, rightBottom) + size * 0.6;
    let bottom = row;
    if (spec.number) {
      this.doc.y = row;
      this.centered('regular', size - 0.5, `Số: ${spec.number}`, this.left, leftWidth);
      bottom = Math.max(bottom, this.doc.y);
    }
    if (spec.dateLine) {
      this.doc.y = row;
      this.centered('italic', this.fit('italic', spec.dateLine, rightWidth, size - 0.5), spec.dateLine, rightX, rightWidth);
      bottom = Math.max(bottom, this.doc.y);
    }
    this.doc.x = this.left;
    this.doc.y = bottom + size * 1.2;
  }

  /** The form's title in capitals, bold and centred, with optional lines under it. */
  title(text: string, ...subtitles: TextRun[]): void {
    this.ensureSpace(this.size * 5);
    this.use('bold', this.size + 2.5).text(nfc(text.toUpperCase()), this.left, this.doc.y, { width: this.width, align: 'center' });
    for (const subtitle of subtitles) this.line([subtitle], { align: 'center' });
    this.doc.y += this.size * 0.6;
  }

  /** One paragraph of mixed runs, wrapped to the text width. */
  line(runs: readonly TextRun[], options: { align?: 'left' | 'center' | 'right' | 'justify'; size?: number; indent?: number; gap?: number } = {}): void {
    const size = options.size ?? this.size;
    const parts = runs.filter((run) => run.text.length > 0);
    if (parts.length === 0) return;
    const indent = options.indent ?? 0;
    this.ensureSpace(size * 1.4);
    this.doc.x = this.left + indent;
    const fontOf = (run: TextRun): FontName => (run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular');
    const widths = parts.map((run) => this.use(fontOf(run), size).widthOfString(nfc(run.text)));
    const total = widths.reduce((sum, width) => sum + width, 0);
    if (parts.length > 1 && (options.align === 'center' || options.align === 'right') && total <= this.width - indent) {
      // PDFKit aligns each continued run on its own; a short mixed line is placed run by run instead.
      let x = this.left + indent + (options.align === 'center' ? (this.width - indent - total) / 2 : this.width - indent - total);
      const top = this.doc.y;
      let height = 0;
      parts.forEach((run, index) => {
        this.use(fontOf(run), size).text(nfc(run.text), x, top, { lineBreak: false });
        height = Math.max(height, this.doc.currentLineHeight(true));
        x += widths[index] ?? 0;
      });
      this.doc.x = this.left;
      this.doc.y = top + height + (options.gap ?? size * 0.3);
      return;
    }
    parts.forEach((run, index) => {
      const font = fontOf(run);
      const continued = index < parts.length - 1;
      const textOptions: PDFKit.Mixins.TextOptions = { width: this.width - indent, align: options.align ?? 'left', continued };
      if (index === 0) this.use(font, size).text(nfc(run.text), this.left + indent, this.doc.y, textOptions);
      else this.use(font, size).text(nfc(run.text), textOptions);
    });
    this.doc.x = this.left;
    this.doc.y += options.gap ?? size * 0.3;
  }

  /** "Label: value" (the value in bold when it is the point of the form). */
  field(label: string, value: string, options: { bold?: boolean; size?: number; indent?: number } = {}): void {
    this.line([{ text: `${label}: ` }, { text: value, bold: options.bold }], { size: options.size, indent: options.indent });
  }

  /** Several "Label: value" pairs on one line, skipping the empty ones. */
  fields(pairs: readonly [label: string, value: string | undefined][]): void {
    const present = pairs.filter((pair): pair is [string, string] => Boolean(pair[1]?.trim()));
    if (present.length === 0) return;
    this.line(present.flatMap(([label, value], index) => [{ text: `${index > 0 ? '    ' : ''}${label}: ` }, { text: value }]));
  }

  paragraph(text: string, options: { italic?: boolean; bold?: boolean; align?: 'left' | 'center' | 'right' | 'justify'; size?: number; indent?: number } = {}): void {
    this.line([{ text, italic: options.italic, bold: options.bold }], options);
  }

  /** Items under a hanging number: "1. …", "2. …". */
  numbered(items: readonly string[], options: { indent?: number } = {}): void {
    const indent = options.indent ?? this.size;
    items.forEach((item, index) => this.line([{ text: `${index + 1}. ${item}` }], { indent }));
  }

  /** A bordered table; rows that do not fit move to a new page, under the repeated header. */
  table(spec: TableSpec): void {
    const size = spec.fontSize ?? this.size - 1;
    const total = spec.columns.reduce((sum, column) => sum + column.width, 0);
    const widths = spec.columns.map((column) => (column.width / total) * this.width);
    const xs = widths.map((_, index) => this.left + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
    const textHeight = (text: string, width: number, font: FontName): number =>
      this.use(font, size).heightOfString(nfc(text), { width: width - 2 * CELL_PADDING });

    const hasGroups = spec.columns.some((column) => column.group);
    const groupHeight = hasGroups
      ? Math.max(...groupRuns(spec.columns).map((run) => textHeight(run.group, sumOf(widths, run.from, run.to), 'bold'))) + 2 * CELL_PADDING
      : 0;
    const columnHeight = Math.max(...spec.columns.map((column, index) => textHeight(column.header, widths[index] ?? 0, 'bold'))) + 2 * CELL_PADDING;
    const headerHeight = groupHeight + columnHeight;

    const drawHeader = (): void => {
      const top = this.doc.y;
      spec.columns.forEach((column, index) => {
        const x = xs[index] ?? this.left;
        const width = widths[index] ?? 0;
        if (column.group) this.cell(column.header, x, top + groupHeight, width, columnHeight, { size, font: 'bold', align: 'center', middle: true, fill: true });
        else this.cell(column.header, x, top, width, headerHeight, { size, font: 'bold', align: 'center', middle: true, fill: true });
      });
      for (const run of groupRuns(spec.columns)) {
        this.cell(run.group, xs[run.from] ?? this.left, top, sumOf(widths, run.from, run.to), groupHeight, { size, font: 'bold', align: 'center', middle: true, fill: true });
      }
      this.doc.y = top + headerHeight;
    };

    const pageRoom = this.bottom - this.doc.page.margins.top - headerHeight;
    const rowHeights = spec.rows.map((row) =>
      Math.min(pageRoom, Math.max(...row.map((cell, index) => textHeight(cellText(cell), widths[index] ?? 0, cellBold(cell) ? 'bold' : 'regular'))) + 2 * CELL_PADDING),
    );

    this.ensureSpace(headerHeight + (rowHeights[0] ?? 0));
    drawHeader();
    spec.rows.forEach((row, rowIndex) => {
      const height = rowHeights[rowIndex] ?? 0;
      if (this.doc.y + height > this.bottom) {
        this.newPage();
        if (spec.repeatHeader ?? true) drawHeader();
      }
      const top = this.doc.y;
      row.forEach((cell, index) => {
        this.cell(cellText(cell), xs[index] ?? this.left, top, widths[index] ?? 0, height, {
          size,
          font: cellBold(cell) ? 'bold' : 'regular',
          align: spec.columns[index]?.align ?? 'left',
        });
      });
      this.doc.y = top + height;
    });
    this.doc.x = this.left;
    this.doc.y += this.size * 0.6;
  }

  private cell(
    text: string,
    x: number,
    y: number,
    width: number,
    height: number,
    style: { size: number; font: FontName; align: 'left' | 'center' | 'right'; middle?: boolean; fill?: boolean },
  ): void {
    if (style.fill) this.doc.rect(x, y, width, height).fill(HEADER_FILL).fillColor('black');
    this.doc.rect(x, y, width, height).lineWidth(LINE_WIDTH).stroke();
    const inner = width - 2 * CELL_PADDING;
    const content = nfc(text);
    this.use(style.font, style.size);
    const offset = style.middle ? Math.max(0, (height - 2 * CELL_PADDING - this.doc.heightOfString(content, { width: inner })) / 2) : 0;
    this.doc.text(content, x + CELL_PADDING, y + CELL_PADDING + offset, {
      width: inner,
      height: height - 2 * CELL_PADDING - offset + 1,
      align: style.align,
      ellipsis: true,
    });
  }

  /** One or two signature blocks side by side (a single one sits in the right half, as on the paper forms). */
  signatures(blocks: readonly SignatureBlock[]): void {
    const columnWidth = this.width / 2;
    const space = this.size * 5;
    const heightOf = (block: SignatureBlock): number =>
      this.use('bold', this.size).heightOfString(nfc(block.heading), { width: columnWidth }) +
      (block.hint ? this.use('italic', this.size - 1).heightOfString(nfc(block.hint), { width: columnWidth }) : 0) +
      space +
      (block.name ? this.use('bold', this.size).heightOfString(nfc(block.name), { width: columnWidth }) : 0);
    this.ensureSpace(Math.max(...blocks.map(heightOf)) + this.size);
    const top = this.doc.y + this.size * 0.5;
    let bottom = top;
    blocks.forEach((block, index) => {
      const x = blocks.length === 1 ? this.left + columnWidth : this.left + index * columnWidth;
      this.doc.y = top;
      this.centered('bold', this.size, block.heading.toUpperCase(), x, columnWidth);
      if (block.hint) this.centered('italic', this.size - 1, block.hint, x, columnWidth);
      this.doc.y += space;
      if (block.name) this.centered('bold', this.size, block.name, x, columnWidth);
      bottom = Math.max(bottom, this.doc.y);
    });
    this.doc.x = this.left;
    this.doc.y = bottom + this.size;
  }

  /** A QR code for `url` with the caption beside it and the URL printed in full under it. */
  async lookup(url: string, caption: readonly TextRun[]): Promise<void> {
    const png = await qrToBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 4 });
    const qrSize = this.size * 7.5;
    const small = this.size - 1.5;
    const urlHeight = this.use('regular', small).heightOfString(url, { width: this.width });
    this.ensureSpace(qrSize + urlHeight + this.size);
    const top = this.doc.y;
    this.doc.image(png, this.left, top, { width: qrSize, height: qrSize });
    const textX = this.left + qrSize + this.size;
    const textWidth = this.width - qrSize - this.size;
    this.doc.y = top + this.size * 0.6;
    const runs = caption.filter((run) => run.text.length > 0);
    runs.forEach((run, index) => {
      const font: FontName = run.bold ? 'bold' : run.italic ? 'italic' : 'regular';
      const options: PDFKit.Mixins.TextOptions = { width: textWidth, continued: index < runs.length - 1 };
      if (index === 0) this.use(font, this.size - 0.5).text(nfc(run.text), textX, this.doc.y, options);
      else this.use(font, this.size - 0.5).text(nfc(run.text), options);
    });
    this.doc.y = Math.max(this.doc.y, top + qrSize) + 1;
    this.use('regular', small).text(url, this.left, this.doc.y, { width: this.width, align: 'left' });
    this.doc.x = this.left;
    this.doc.y += this.size * 0.5;
  }

  /** Writes the footer on every page and closes the document. */
  finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      this.doc.switchToPage(index);
      const { bottom } = this.doc.page.margins;
      // Writing inside the bottom margin would otherwise make PDFKit open a new page.
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - bottom + bottom * 0.35;
      const small = this.size - 2;
      this.use('regular', small).fillColor(FOOTER_COLOR);
      this.doc.text(nfc(this.options.footer), this.left, y, { width: this.width * 0.75, lineBreak: false });
      this.doc.text(`Trang ${index - range.start + 1}/${range.count}`, this.left, y, { width: this.width, align: 'right', lineBreak: false });
      this.doc.fillColor('black');
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    return this.output;
  }
}

function cellText(cell: TableCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

function cellBold(cell: TableCell): boolean {
  return typeof cell !== 'string' && cell.bold === true;
}

function sumOf(widths: readonly number[], from: number, to: number): number {
  return widths.slice(from, to + 1).reduce((sum, width) => sum + width, 0);
}

/** Runs of consecutive columns sharing a group, as [from, to] column indexes. */
function groupRuns(columns: readonly TableColumn[]): { group: string; from: number; to: number }[] {
  const runs: { group: string; from: number; to: number }[] = [];
  columns.forEach((column, index) => {
    if (!column.group) return;
    const last = runs.at(-1);
    if (last && last.group === column.group && last.to === index - 1) last.to = index;
    else runs.push({ group: column.group, from: index, to: index });
  });
  return runs;
}
