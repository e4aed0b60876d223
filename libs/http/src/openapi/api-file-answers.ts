import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { RefusalCode } from '../errors/refusal-statuses';
import { REFUSES_EXTENSION } from './api-answers';

export interface FileAnswer {
  description: string;
  /**
   * The file types the route streams, by content type: a text type shows a sample of its text;
   * a binary one (XLSX) has none to show and is documented as `format: binary`.
   */
  files: Record<string, { text: string } | { binary: true }>;
  /** As in `ApiAnswers`: the refusals this route itself can answer with. */
  refuses?: readonly RefusalCode[];
}

/**
 * Documents a download (CSV, XLSX): a 200 whose body is a file, not JSON, so there is no zod
 * schema to give, only its content types; refusals are JSON as everywhere.
 */
export const ApiFileAnswers = (answer: FileAnswer) =>
  applyDecorators(
    ApiProduces(...Object.keys(answer.files)),
    ApiResponse({
      status: 200,
      description: answer.description,
      content: Object.fromEntries(
        Object.entries(answer.files).map(([type, file]) => [
          type,
          'text' in file ? { schema: { type: 'string' }, example: file.text } : { schema: { type: 'string', format: 'binary' } },
        ]),
      ),
    }),
    ApiExtension(REFUSES_EXTENSION, [...(answer.refuses ?? [])]),
  );
