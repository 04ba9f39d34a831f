/** Total of a procedure's fees in VND (whole đồng, never negative). */
export function sumFees(fees: readonly { amount: number }[]): number {
  return fees.reduce((total, fee) => {
    if (!Number.isInteger(fee.amount) || fee.amount < 0) throw new RangeError(`Invalid fee amount: ${fee.amount}`);
    return total + fee.amount;
  }, 0);
}

/** "1.500.000 ₫" — Vietnamese grouping, independent of the runtime's locale data. */
export function formatVnd(amount: number): string {
  const digits = Math.round(Math.abs(amount)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}${digits} ₫`;
}
