import { highlightSegments } from './highlight';

const marked = (text: string, query: string) =>
  highlightSegments(text, query)
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlightSegments', () => {
  it.each([
    ['Đăng ký khai sinh', 'khai sinh', 'Đăng ký [khai] [sinh]'],
    ['Đăng ký khai sinh', 'dang ky', '[Đăng] [ký] khai sinh'],
    ['Đăng ký kết hôn', 'KẾT', 'Đăng ký [kết] hôn'],
    ['Cấp giấy phép xây dựng', 'xay  dung', 'Cấp giấy phép [xây] [dựng]'],
    ['Đăng ký khai sinh', 'ha', 'Đăng ký k[ha]i sinh'],
    ['Đăng ký khai sinh', '', 'Đăng ký khai sinh'],
    ['Đăng ký khai sinh', 'kết hôn', 'Đăng ký khai sinh'],
    ['aaa', 'a', '[aaa]'],
  ])('should mark %j for the query %j as %j', (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  it('should keep a decomposed (NFD) letter and its combining marks in one marked part', () => {
    const decomposed = 'Đăng ký khai sinh'.normalize('NFD');
    const segments = highlightSegments(decomposed, 'ky');
    expect(segments.map((segment) => segment.text).join('')).toBe(decomposed);
    expect(segments.find((segment) => segment.match)?.text.normalize('NFC')).toBe('ký');
  });

  it('should return the text as plain parts, never markup, whatever the query holds', () => {
    const segments = highlightSegments('<b>Đăng ký</b>', '<b>');
    expect(segments).toEqual([
      { text: '<b>', match: true },
      { text: 'Đăng ký</b>', match: false },
    ]);
  });
});
