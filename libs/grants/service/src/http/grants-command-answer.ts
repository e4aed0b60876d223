import { ApiAnswers, RefusalCode, refusalsNamed } from '@kongthun/http';
import { recordedAnswer, recordedExample } from './grants-answers';

/**
 * What a grants command answers (201 with the events it recorded) and the families of refusals it
 * can give; every command may also lose a race for its stream (409) or be out of the caller's scope.
 */
export const GrantsCommandAnswer = (
  eventType: string,
  streamId: string,
  data: Record<string, unknown>,
  ...refusalFamilies: (string | RefusalCode)[]
) =>
  ApiAnswers({
    status: 201,
    description: `Recorded, as ${eventType}`,
    schema: recordedAnswer,
    example: recordedExample(eventType, streamId, data),
    refuses: [...refusalsNamed(...refusalFamilies), 'auth.out-of-scope', 'eventstore.wrong-expected-revision'],
  });
