import { UserEvent } from './user.events';
import { UserState } from './user.state';

export const evolve = (state: UserState, event: UserEvent): UserState => {
  switch (event.type) {
    case 'identity.user.created':
      return { status: 'Active', ...event.data, hasPassword: false, mustChangePassword: false };
  }
  if (state.status === 'None') return state;
  switch (event.type) {
    case 'identity.user.disabled':
      return { ...state, status: 'Disabled' };
    case 'identity.user.enabled':
      return { ...state, status: 'Active' };
    case 'identity.user.access-changed':
      return { ...state, role: event.data.role, scope: event.data.scope };
    case 'identity.user.password-changed':
      return { ...state, hasPassword: true, mustChangePassword: event.data.mustChange };
  }
};
