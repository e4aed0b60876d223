export * from './user/user.events';
export * from './user/user.commands';
export * from './user/user.state';
export * from './user/user.decider';
export * from './user/user-scope';
export * from './user/password-policy';
