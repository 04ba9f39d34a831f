/**
 * Electronic identifiers of the demo agencies the catalogue assigns procedures to. They must all exist in
 * `DEMO_AGENCIES` (demo-province.data.ts); the catalogue spec checks it. Kept here, not imported from the seed file,
 * so the seed can import the catalogue without a cycle.
 */
export const PROVINCE = '000.00.00.H56';
/** Trung tâm Phục vụ hành chính công tỉnh: receives any procedure of the province (phi địa giới). */
export const SERVICE_CENTRE = '000.00.31.H56';
/** UBND phường Hạc Thành, UBND phường Sầm Sơn, UBND xã Quảng Phú. */
export const COMMUNE_CODES: readonly string[] = ['000.10.31.H56', '000.11.31.H56', '000.12.31.H56'];

/** Provincial departments (sở) and units, after the 2025 mergers. */
export const DEPARTMENT = {
  justice: '000.00.10.H56', // Sở Tư pháp
  construction: '000.00.12.H56', // Sở Xây dựng (gồm giao thông vận tải từ 2025)
  finance: '000.00.13.H56', // Sở Tài chính (gồm kế hoạch và đầu tư từ 2025)
  agricultureEnvironment: '000.00.14.H56', // Sở Nông nghiệp và Môi trường
  landRegistry: '000.01.14.H56', // Văn phòng Đăng ký đất đai (thuộc Sở Nông nghiệp và Môi trường)
  health: '000.00.15.H56', // Sở Y tế (gồm bảo trợ xã hội, trẻ em từ 2025)
  education: '000.00.16.H56', // Sở Giáo dục và Đào tạo (gồm giáo dục nghề nghiệp từ 2025)
  homeAffairs: '000.00.17.H56', // Sở Nội vụ (gồm lao động, người có công từ 2025)
  industryTrade: '000.00.18.H56', // Sở Công Thương
  culture: '000.00.19.H56', // Sở Văn hóa, Thể thao và Du lịch
  science: '000.00.21.H56', // Sở Khoa học và Công nghệ (gồm thông tin và truyền thông từ 2025)
  ethnicReligion: '000.00.22.H56', // Sở Dân tộc và Tôn giáo
  police: '000.00.23.H56', // Công an tỉnh
} as const;
