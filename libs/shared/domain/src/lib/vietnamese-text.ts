/** Lower case without diacritics (đ → d): the same folding as the database's dvc_fold(), for search on both sides. */
export function foldVietnamese(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A name shown publicly (tracking by code): family name kept, the rest reduced to initials. "Nguyễn Văn An" → "Nguyễn V. A." */
export function maskPersonName(fullName: string): string {
  const [family, ...rest] = fullName.trim().split(/\s+/);
  if (!family) return '';
  return [family, ...rest.map((part) => `${part.charAt(0).toUpperCase()}.`)].join(' ');
}
