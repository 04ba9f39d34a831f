import { Pipe, type PipeTransform } from '@angular/core';

const DATE_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', hour12: false,
});
const DATE = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });

/** An ISO instant in Vietnam time, whatever the device's zone: "14:05 26/11/2026", or "26/11/2026" with 'date'. */
@Pipe({ name: 'vnDate' })
export class VnDatePipe implements PipeTransform {
  transform(iso: string | null | undefined, format: 'datetime' | 'date' = 'datetime'): string {
    if (!iso) return '';
    const instant = new Date(iso);
    if (Number.isNaN(instant.getTime())) return '';
    return (format === 'date' ? DATE : DATE_TIME).format(instant).replace(',', '');
  }
}
