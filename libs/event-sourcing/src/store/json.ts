/** What an event's data and metadata may hold: JSON only, so money travels as a decimal string. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
