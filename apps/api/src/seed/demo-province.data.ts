import type { UserRole } from '@dvc/shared/domain';

/**
 * A demo province shaped like Thanh Hóa (electronic identifiers `AAA.BB.CC.H56`) after the 2025 two-level reform:
 * province, service centre, departments and communes, no districts. The procedure catalogue is in `./catalogue`.
 */
export const DEMO_PASSWORD = 'Demo@12345';
export const PROVINCE_CODE = '000.00.00.H56';

export interface DemoAgency {
  code: string;
  name: string;
  kind: 'province' | 'service_centre' | 'department' | 'commune';
  parentCode: string | null;
}

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  { code: PROVINCE_CODE, name: 'UBND tỉnh Thanh Hóa (demo)', kind: 'province', parentCode: null },
  { code: '000.00.31.H56', name: 'Trung tâm Phục vụ hành chính công tỉnh', kind: 'service_centre', parentCode: PROVINCE_CODE },
  { code: '000.00.10.H56', name: 'Sở Tư pháp', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.12.H56', name: 'Sở Xây dựng', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.13.H56', name: 'Sở Tài chính', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.15.H56', name: 'Sở Y tế', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.14.H56', name: 'Sở Nông nghiệp và Môi trường', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.01.14.H56', name: 'Văn phòng Đăng ký đất đai', kind: 'department', parentCode: '000.00.14.H56' },
  { code: '000.00.16.H56', name: 'Sở Giáo dục và Đào tạo', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.17.H56', name: 'Sở Nội vụ', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.18.H56', name: 'Sở Công Thương', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.19.H56', name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.21.H56', name: 'Sở Khoa học và Công nghệ', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.22.H56', name: 'Sở Dân tộc và Tôn giáo', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.00.23.H56', name: 'Công an tỉnh', kind: 'department', parentCode: PROVINCE_CODE },
  { code: '000.10.31.H56', name: 'UBND phường Hạc Thành', kind: 'commune', parentCode: PROVINCE_CODE },
  { code: '000.11.31.H56', name: 'UBND phường Sầm Sơn', kind: 'commune', parentCode: PROVINCE_CODE },
  { code: '000.12.31.H56', name: 'UBND xã Quảng Phú', kind: 'commune', parentCode: PROVINCE_CODE },
];

export const COMMUNES = DEMO_AGENCIES.filter((agency) => agency.kind === 'commune').map((agency) => agency.code);
const SERVICE_CENTRE = '000.00.31.H56';

export interface DemoUser {
  email: string;
  fullName: string;
  role: UserRole;
  agencyCodes: string[];
  description: string;
}

const FIRST_COMMUNE = '000.10.31.H56';
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'congdan@demo.dvc.vn', fullName: 'Nguyễn Văn An', role: 'citizen', agencyCodes: [], description: 'Công dân / citizen' },
  { email: 'motcua@demo.dvc.vn', fullName: 'Lê Thị Mai', role: 'desk_officer', agencyCodes: [FIRST_COMMUNE, SERVICE_CENTRE], description: 'Cán bộ một cửa / desk officer (P. Hạc Thành, TTPVHCC)' },
  { email: 'chuyenvien@demo.dvc.vn', fullName: 'Trần Quốc Bảo', role: 'specialist', agencyCodes: [FIRST_COMMUNE, SERVICE_CENTRE], description: 'Chuyên viên / specialist' },
  { email: 'lanhdao@demo.dvc.vn', fullName: 'Phạm Minh Đức', role: 'leader', agencyCodes: [FIRST_COMMUNE, SERVICE_CENTRE], description: 'Lãnh đạo / leader' },
  { email: 'quantri.coquan@demo.dvc.vn', fullName: 'Hoàng Thu Hà', role: 'agency_admin', agencyCodes: [FIRST_COMMUNE], description: 'Quản trị cơ quan / agency admin' },
  { email: 'quantri.tinh@demo.dvc.vn', fullName: 'Vũ Đình Khoa', role: 'province_admin', agencyCodes: [PROVINCE_CODE], description: 'Quản trị tỉnh / province admin' },
  { email: 'motcua.xa2@demo.dvc.vn', fullName: 'Đặng Văn Hùng', role: 'desk_officer', agencyCodes: ['000.11.31.H56'], description: 'Một cửa phường Sầm Sơn / desk officer of another commune' },
];

export const DEMO_LOGINS = DEMO_USERS.map(({ email, role, description }) => ({ email, role, description }));
