import { Decider } from '@kongthun/kernel';
import { UserCommand } from './user.commands';
import { UserEvent } from './user.events';
import { evolve } from './user.evolve';
import { initialState, UserState } from './user.state';
import { changeAccess, createUser } from './user-access';
import { changeOwnPassword, setPassword } from './user-password';
import { disableUser, enableUser } from './user-status';

export const decide = (command: UserCommand, state: UserState): UserEvent[] => {
  switch (command.type) {
    case 'CreateUser':
      return createUser(command, state);
    case 'ChangeAccess':
      return changeAccess(command, state);
    case 'DisableUser':
      return disableUser(command, state);
    case 'EnableUser':
      return enableUser(command, state);
    case 'SetPassword':
      return setPassword(command, state);
    case 'ChangeOwnPassword':
      return changeOwnPassword(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown user command ${(unknown as { type: string }).type}`);
    }
  }
};

export const userDecider: Decider<UserCommand, UserEvent, UserState> = { decide, evolve, initialState };
