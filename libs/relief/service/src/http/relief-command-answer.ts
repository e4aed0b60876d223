import { ApiAnswers, RefusalCode } from '@kongthun/http';
import { recordedAnswer, recordedExample } from './relief-answers';

/**
 * What a relief command answers (201 with the events it recorded) and the refusals it can give;
 * every command may also lose a race for its stream (409) or act outside the caller's scope.
 */
export const ReliefCommandAnswer = (eventType: string, data: Record<string, unknown>, ...refuses: RefusalCode[]) =>
  ApiAnswers({
    status: 201,
    description: `Recorded, as ${eventType}`,
    schema: recordedAnswer,
    example: recordedExample(eventType, data),
    refuses: [...refuses, 'auth.out-of-scope', 'eventstore.wrong-expected-revision'],
  });
