// Test-only helpers for server specs and browser tests; they load devDependencies lazily.
export { readPdf, readPdfQrCodes, readPdfText, type PdfContent, type PdfPageContent } from './lib/pdf-reader';
