import { safeFileName, sniffContentType } from './content-type';

describe('sniffContentType', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n...'), 'application/pdf'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]), 'image/jpeg'],
    ['text named .pdf', Buffer.from('hello'), null],
    ['an executable', Buffer.from('MZ\x90\x00'), null],
    ['an empty file', Buffer.alloc(0), null],
  ])('recognises %s by its bytes', (_case, bytes, expected) => {
    expect(sniffContentType(bytes)).toBe(expected);
  });
});

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'application/pdf', 'passwd'],
    ['C:\\Users\\an\\Tờ khai.pdf', 'application/pdf', 'Tờ khai.pdf'],
    ['"><script>.pdf', 'application/pdf', 'script.pdf'],
    ['', 'image/png', 'tep-dinh-kem.png'],
  ])('turns %j into %j', (name, type, expected) => {
    expect(safeFileName(name, type)).toBe(expected);
  });
});
