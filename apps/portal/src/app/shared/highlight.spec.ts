import { highlightSegments, withinOneEdit } from './highlight';

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
    ['Đăng ký khai sinh', 'dang ky khai snh', '[Đăng] [ký] [khai] [sinh]'],
    ['Cấp Phiếu lý lịch tư pháp', 'ly lcih tu phap', 'Cấp Phiếu [lý] [lịch] [tư] [pháp]'],
    ['Đăng ký khai sinh', 'dang ky khai sinhh', '[Đăng] [ký] [khai] [sinh]'],
    ['Đăng ký kết hôn', 'ket hn', 'Đăng ký [kết] hôn'],
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

describe('withinOneEdit', () => {
  it.each([
    ['sinh', 'sinh', true],
    ['snh', 'sinh', true],
    ['sinhh', 'sinh', true],
    ['sonh', 'sinh', true],
    ['lcih', 'lich', true],
    ['licj', 'lich', true],
    ['snhi', 'sinh', false],
    ['ilch', 'lich', true],
    ['hcil', 'lich', false],
    ['sh', 'sinh', false],
    ['kinh', 'khai', false],
  ])('should say %j and %j are one edit apart: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});
