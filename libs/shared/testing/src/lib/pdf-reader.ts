/**
 * Test helpers: read back what a rendered PDF holds (text per page, page sizes, metadata title, QR codes). They load
 * `pdfjs-dist` and `jsqr`, which are devDependencies, lazily: production code never calls them.
 */

type PdfJs = typeof import('pdfjs-dist');
type JsQr = typeof import('jsqr').default;

export interface PdfPageContent {
  /** Width and height in points (A5 portrait = 419.53 × 595.28, A4 landscape = 841.89 × 595.28). */
  width: number;
  height: number;
  /** The page's text as extracted (not normalised), lines separated by "\n". */
  text: string;
}

export interface PdfContent {
  title: string | undefined;
  author: string | undefined;
  creationDate: string | undefined;
  pages: PdfPageContent[];
  /** All pages' text joined by "\n". */
  text: string;
}

/** pdfjs-dist v4 is ESM only: a real dynamic import (jest runs with --experimental-vm-modules and keeps `import()`). */
let pdfjsModule: Promise<PdfJs> | null = null;
function pdfjs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<PdfJs>;
  return pdfjsModule;
}

async function loadJsQr(): Promise<JsQr> {
  const loaded = (await import('jsqr')) as unknown as { default: JsQr | { default: JsQr } };
  const candidate = loaded.default;
  return typeof candidate === 'function' ? candidate : candidate.default;
}

async function openPdf(buffer: Buffer) {
  const { getDocument } = await pdfjs();
  return getDocument({
    data: new Uint8Array(buffer),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
}

function itemsToText(items: readonly unknown[]): string {
  let text = '';
  for (const item of items) {
    if (typeof item !== 'object' || item === null || !('str' in item)) continue;
    const { str, hasEOL } = item as { str: string; hasEOL: boolean };
    text += str;
    if (hasEOL) text += '\n';
  }
  return text;
}

/** Text, page sizes and metadata of a PDF. */
export async function readPdf(buffer: Buffer): Promise<PdfContent> {
  const document = await openPdf(buffer);
  try {
    const metadata = await document.getMetadata();
    const info = metadata.info as { Title?: string; Author?: string; CreationDate?: string };
    const pages: PdfPageContent[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      pages.push({ width: x1 - x0, height: y1 - y0, text: itemsToText(content.items) });
    }
    return {
      title: info.Title,
      author: info.Author,
      creationDate: info.CreationDate,
      pages,
      text: pages.map((page) => page.text).join('\n'),
    };
  } finally {
    await document.destroy();
  }
}

/** All the text of a PDF, pages joined by "\n". */
export async function readPdfText(buffer: Buffer): Promise<string> {
  return (await readPdf(buffer)).text;
}

interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** Converts pdfjs's decoded image (1-bit grey, RGB or RGBA) to RGBA, on a white quiet zone of `border` pixels. */
function toRgba(image: DecodedImage, imageKind: { GRAYSCALE_1BPP: number; RGB_24BPP: number; RGBA_32BPP: number }, border: number) {
  const width = image.width + 2 * border;
  const height = image.height + 2 * border;
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  const rowBytes1bpp = Math.ceil(image.width / 8);
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      let r = 255;
      let g = 255;
      let b = 255;
      let a = 255;
      if (image.kind === imageKind.GRAYSCALE_1BPP) {
        const byte = image.data[y * rowBytes1bpp + (x >> 3)] ?? 0;
        const value = (byte >> (7 - (x & 7))) & 1 ? 255 : 0;
        r = g = b = value;
      } else if (image.kind === imageKind.RGB_24BPP) {
        const offset = (y * image.width + x) * 3;
        r = image.data[offset] ?? 255;
        g = image.data[offset + 1] ?? 255;
        b = image.data[offset + 2] ?? 255;
      } else {
        const offset = (y * image.width + x) * 4;
        r = image.data[offset] ?? 255;
        g = image.data[offset + 1] ?? 255;
        b = image.data[offset + 2] ?? 255;
        a = image.data[offset + 3] ?? 255;
      }
      // Composite on white: a transparent pixel is paper.
      const target = ((y + border) * width + x + border) * 4;
      rgba[target] = (r * a + 255 * (255 - a)) / 255;
      rgba[target + 1] = (g * a + 255 * (255 - a)) / 255;
      rgba[target + 2] = (b * a + 255 * (255 - a)) / 255;
      rgba[target + 3] = 255;
    }
  }
  return { rgba, width, height };
}

/** Decodes every QR code drawn as an image in the PDF, in page order. */
export async function readPdfQrCodes(buffer: Buffer): Promise<string[]> {
  const { OPS, ImageKind } = await pdfjs();
  const jsQR = await loadJsQr();
  const document = await openPdf(buffer);
  const found: string[] = [];
  try {
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const operators = await page.getOperatorList();
      for (let index = 0; index < operators.fnArray.length; index += 1) {
        if (operators.fnArray[index] !== OPS.paintImageXObject) continue;
        const name = (operators.argsArray[index] as unknown[] | undefined)?.[0];
        if (typeof name !== 'string') continue;
        const objects = name.startsWith('g_') ? page.commonObjs : page.objs;
        const image = await new Promise<DecodedImage>((resolve) => objects.get(name, (value: unknown) => resolve(value as DecodedImage)));
        const { rgba, width, height } = toRgba(image, ImageKind, 8);
        const code = jsQR(rgba, width, height);
        if (code) found.push(code.data);
      }
    }
  } finally {
    await document.destroy();
  }
  return found;
}
