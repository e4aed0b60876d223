import { ErrorBody, RefusalCode, REFUSAL_STATUSES } from '@kongthun/http';

export type GatewayRefusalCode = Extract<RefusalCode, `gateway.${string}`> | 'request.too-large' | 'request.not-found';

/** A refusal of the gateway itself: the downstream never answered, or was never asked. */
export interface GatewayRefusal {
  status: number;
  body: ErrorBody;
}

const THAI: Record<GatewayRefusalCode, string> = {
  'gateway.downstream-unavailable': 'บริการปลายทางไม่พร้อมให้บริการ กรุณาลองใหม่ภายหลัง',
  'gateway.bulkhead-full': 'บริการปลายทางมีคำขอค้างอยู่มากเกินไป กรุณาลองใหม่ภายหลัง',
  'gateway.timeout': 'บริการปลายทางไม่ตอบกลับภายในเวลาที่กำหนด',
  'request.too-large': 'ข้อมูลที่ส่งมามีขนาดใหญ่เกินกำหนด',
  'request.not-found': 'ไม่พบรายการที่ร้องขอ',
};

export const gatewayRefusal = (code: GatewayRefusalCode, message: string, details?: Record<string, unknown>): GatewayRefusal => ({
  status: REFUSAL_STATUSES[code],
  body: { code, message, messageTh: THAI[code], ...(details ? { details } : {}) },
});
