import { DomainError, Money } from '@kongthun/kernel';
import { BankResultLine, PayeeMethod } from '@kongthun/relief-domain';

/** One line of a bulk payment file: what the bank needs to move the money. */
export interface PaymentFileLine {
  reference: string;
  /** The clear account number or PromptPay id, from the payee directory (never from an event). */
  account: string;
  amount: string;
}

/**
 * A bulk payment layout. These are Kongthun's own documented CSV layouts (README beside this file),
 * not any bank's: a bank's file specification is implemented as another adapter of this interface.
 */
export interface PaymentFileLayout {
  format: string;
  method: PayeeMethod;
  header(): string;
  line(line: PaymentFileLine): string;
  trailer(count: number, amount: Money): string;
}

const csvField = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export const bankTransferCsv: PaymentFileLayout = {
  format: 'kongthun-bank-transfer-csv-v1',
  method: 'bank-transfer',
  header: () => 'record,reference,account_no,amount\n',
  line: ({ reference, account, amount }) => `D,${reference},${csvField(account.replace(/[\s-]/g, ''))},${amount}\n`,
  trailer: (count, amount) => `T,${count},,${amount.toDecimalString()}\n`,
};

/** PromptPay ids are 13 digits (citizen or tax id, `NATID`) or 10 (mobile, `MSISDN`). */
export const promptPayCsv: PaymentFileLayout = {
  format: 'kongthun-promptpay-csv-v1',
  method: 'promptpay',
  header: () => 'record,reference,proxy_type,proxy_id,amount\n',
  line: ({ reference, account, amount }) => {
    const id = account.replace(/[\s-]/g, '');
    return `D,${reference},${id.length === 13 ? 'NATID' : 'MSISDN'},${id},${amount}\n`;
  },
  trailer: (count, amount) => `T,${count},,,${amount.toDecimalString()}\n`,
};

export const PAYMENT_FILE_LAYOUTS: Record<PayeeMethod, PaymentFileLayout> = { 'bank-transfer': bankTransferCsv, promptpay: promptPayCsv };

const STATUS: Record<string, BankResultLine['outcome']> = { SUCCESS: 'paid', FAILED: 'failed', RETURNED: 'returned' };

/**
 * The result layout `kongthun-result-csv-v1`: a header row, then
 * `reference,amount,status,reason,value_date` with status SUCCESS, FAILED or RETURNED.
 * A malformed row refuses the whole file (`relief.result-file-malformed`), before anything is written.
 */
export const parseResultCsvRow = (fields: string[], lineNo: number): BankResultLine => {
  const [reference, amount, status, reason, valueDate] = fields.map((field) => field.trim());
  const outcome = STATUS[status?.toUpperCase() ?? ''];
  if (fields.length < 5 || outcome === undefined || !/^\d+\.\d{2}$/.test(amount ?? '') || !/^\d{4}-\d{2}-\d{2}$/.test(valueDate ?? ''))
    throw new DomainError(
      'relief.result-file-malformed',
      `Line ${lineNo} of the result file is not reference,amount,status,reason,value_date`,
      {
        messageTh: `บรรทัดที่ ${lineNo} ของไฟล์ผลการโอนไม่ถูกต้อง`,
        details: { line: lineNo },
      },
    );
  return { lineNo, reference, amount, outcome, reason, valueDate };
};
export const RESULT_CSV_FORMAT = 'kongthun-result-csv-v1';
