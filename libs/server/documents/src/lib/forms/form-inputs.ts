/** Inputs shared by the standard forms: plain data, no database ids. */

/** The agency that issues the form, printed at the top left (parent agency above, in capitals). */
export interface IssuingAgency {
  name: string;
  /** The agency it belongs to, e.g. "UBND TỈNH HÀ GIANG". */
  parentName?: string;
  address?: string;
  phone?: string;
}

/** The person or organisation the dossier belongs to. */
export interface ApplicantInfo {
  name: string;
  address?: string;
  phone?: string;
  email?: string;
}

/** Who signs: a position ("Giám đốc", "Công chức tiếp nhận") and the printed name. */
export interface Signer {
  name: string;
  position?: string;
}

/** What every standard form (01–07) carries. */
export interface StandardFormBase {
  agency: IssuingAgency;
  /** The locality printed before the date, e.g. "Hà Giang" in "Hà Giang, ngày 05 tháng 3 năm 2026". */
  place: string;
  /**
   * When the form is issued: printed in the place-and-date line and used as the PDF creation date, so the same
   * input always gives the same bytes.
   */
  issuedAt: Date;
}
