/** Types we accept, recognised by their first bytes, never by the name or the header the client sent. */
const SIGNATURES: { type: string; extension: string; magic: number[] }[] = [
  { type: 'application/pdf', extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
];

export const ACCEPTED_UPLOAD_TYPES = SIGNATURES.map((signature) => signature.type);

export function sniffContentType(bytes: Buffer): string | null {
  const match = SIGNATURES.find((signature) => signature.magic.every((byte, index) => bytes[index] === byte));
  return match?.type ?? null;
}

/** A file name safe to store and to send back in Content-Disposition: no paths, no control characters, bounded. */
export function safeFileName(name: string, contentType: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(0, 150);
  if (cleaned) return cleaned;
  const extension = SIGNATURES.find((signature) => signature.type === contentType)?.extension ?? 'bin';
  return `tep-dinh-kem.${extension}`;
}
