// Sessions and dossier workflows for the bench's write scenarios: log in like the browser (cookie + CSRF header),
// file dossiers as the demo citizen, act on them as the demo staff. Plain fetch: no test code, no framework.
const DEMO_PASSWORD = 'Demo@12345';
export const DEMO = {
  citizen: 'congdan@demo.dvc.vn',
  desk: 'motcua@demo.dvc.vn',
  specialist: 'chuyenvien@demo.dvc.vn',
  leader: 'lanhdao@demo.dvc.vn',
  provinceAdmin: 'quantri.tinh@demo.dvc.vn',
};
/** Đăng ký hộ kinh doanh, filed online at the demo commune where the demo staff work. */
const PROCEDURE = '2.001035';
const COMMUNE = '000.10.31.H56';

/** A one-page PDF, as a scanner would send it. */
function samplePdf(label) {
  const content = `BT /F1 18 Tf 72 720 Td (${label}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, index) => { offsets.push(body.length); body += `${index + 1} 0 obj\n${object}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A logged-in browser-like session: keeps the cookies, echoes XSRF-TOKEN on writes. */
export async function session(apiUrl, email) {
  const cookies = new Map();
  async function call(method, path, body, extraHeaders = {}) {
    const headers = { ...extraHeaders, cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
    if (method !== 'GET' && cookies.has('XSRF-TOKEN')) headers['x-xsrf-token'] = cookies.get('XSRF-TOKEN');
    if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json';
    const response = await fetch(apiUrl + path, { method, headers, body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body) });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1));
    }
    const text = await response.text();
    const json = text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${typeof json === 'string' ? json : json.code}`);
    return json;
  }
  await call('POST', '/api/v1/auth/login', { email, password: DEMO_PASSWORD });
  return { call };
}

/** Files `count` dossiers as the demo citizen (uploads included); resolves with their ids, codes and versions. */
export async function fileDossiers(apiUrl, count, concurrency = 8) {
  const citizen = await session(apiUrl, DEMO.citizen);
  const procedure = await citizen.call('GET', `/api/v1/procedures/${PROCEDURE}`);
  const agency = procedure.agencies.find((candidate) => candidate.code === COMMUNE);
  if (!agency) throw new Error(`${PROCEDURE} is not filed online at ${COMMUNE}`);
  const formData = Object.fromEntries(procedure.formFields.map((field) => [field.key, field.type === 'date' ? '2026-01-15' : field.type === 'number' ? '1' : 'Hộ kinh doanh đo hiệu năng']));
  const filed = [];
  let next = 0;
  async function one() {
    while (next < count) {
      next += 1;
      const attachments = [];
      for (const component of procedure.components.filter((candidate) => candidate.required)) {
        const form = new FormData();
        form.append('file', new Blob([samplePdf(component.code)], { type: 'application/pdf' }), `${component.code}.pdf`);
        const uploaded = await citizen.call('POST', '/api/v1/files', form);
        attachments.push({ componentCode: component.code, fileId: uploaded.id });
      }
      const dossier = await citizen.call('POST', '/api/v1/dossiers', { procedureCode: PROCEDURE, agencyId: agency.id, formData, attachments });
      filed.push({ id: dossier.id, code: dossier.code, version: dossier.version });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, one));
  return filed;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
