/** Every refusal the API gives: a stable code for machines, a message in English and in Thai for people. */
export interface ErrorBody {
  code: string;
  message: string;
  messageTh: string;
  details?: Record<string, unknown>;
}
