import { readPdfText } from '@dvc/shared/testing';
import {
  apologyLetterInput,
  processControlSheetInput,
  receiptSlipInput,
  refusalNoticeInput,
  resultDocumentInput,
  stopNoticeInput,
  supplementRequestInput,
  trackingBookInput,
} from '../testing/form-fixtures';
import { renderApologyLetter } from './apology-letter.form';
import { renderProcessControlSheet } from './process-control-sheet.form';
import { renderReceiptSlip } from './receipt-slip.form';
import { renderRefusalNotice } from './refusal-notice.form';
import { renderResultDocument } from './result-document.form';
import { renderStopNotice } from './stop-notice.form';
import { renderSupplementRequest } from './supplement-request.form';
import { renderTrackingBook } from './tracking-book.form';

jest.setTimeout(60_000);

describe('rendering determinism', () => {
  it.each([
    ['Mẫu 01', () => renderReceiptSlip(receiptSlipInput())],
    ['Mẫu 02', () => renderSupplementRequest(supplementRequestInput())],
    ['Mẫu 03', () => renderRefusalNotice(refusalNoticeInput())],
    ['Mẫu 04', () => renderApologyLetter(apologyLetterInput())],
    ['Mẫu 05', () => renderStopNotice(stopNoticeInput())],
    ['Mẫu 06', () => renderProcessControlSheet(processControlSheetInput())],
    ['Mẫu 07', () => renderTrackingBook(trackingBookInput())],
    ['the result notice', () => renderResultDocument(resultDocumentInput())],
  ])('should give the same bytes and text when %s is rendered twice from the same input', async (_name, render) => {
    const first = await render();
    const second = await render();
    expect(second.equals(first)).toBe(true);
    expect(await readPdfText(second)).toBe(await readPdfText(first));
  });
});
