import { ApiAnswers, refusalsNamed } from '@kongthun/http';
import { recordedAnswer, recordedExample } from './welfare-answers';

/**
 * What a welfare command answers (201 with the events it recorded) and the families of refusals it
 * can give; every command may also lose a race for its fund's stream (409).
 */
export const CommandAnswer = (eventType: string, data: Record<string, unknown>, ...refusalFamilies: string[]) =>
  ApiAnswers({
    status: 201,
    description: `Recorded, as ${eventType}`,
    schema: recordedAnswer,
    example: recordedExample(eventType, data),
    refuses: [...refusalsNamed('fund', ...refusalFamilies), 'eventstore.wrong-expected-revision'],
  });
