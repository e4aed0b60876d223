import { deciderSpec } from '@kongthun/kernel/testing';
import { assertPasswordPolicy } from './password-policy';
import { UserCommand, UserCommandMetadata } from './user.commands';
import { UserEvent } from './user.events';
import { userDecider } from './user.decider';

const given = deciderSpec(userDecider);
const admin: UserCommandMetadata = { now: '2026-11-27T03:00:00Z', actor: { userId: 'admin', role: 'admin' } };
const asUser = (userId: string): UserCommandMetadata => ({ now: admin.now, actor: { userId, role: 'committee' } });
const created: UserEvent = {
  type: 'identity.user.created',
  data: { userId: 'somchai', role: 'committee', scope: { funds: ['talat-yai'] } },
};
const disabled: UserEvent = { type: 'identity.user.disabled', data: { userId: 'somchai', reason: 'left the committee' } };
const command = <T extends UserCommand['type']>(type: T, data: Extract<UserCommand, { type: T }>['data'], metadata = admin) =>
  ({ type, data, metadata }) as UserCommand;

describe('no user yet', () => {
  it('an administrator creates a user with a role and a scope, written the same way whatever the order given', () => {
    given([])
      .when(
        command('CreateUser', {
          userId: 'noi',
          role: 'grants-officer',
          scope: { areas: ['1901', '83', '83'], funds: [], programmes: ['p-2'] },
        }),
      )
      .then([
        {
          type: 'identity.user.created',
          data: { userId: 'noi', role: 'grants-officer', scope: { areas: ['1901', '83'], programmes: ['p-2'] } },
        },
      ]);
  });

  it('a login name with capitals or spaces is refused', () => {
    given([])
      .when(command('CreateUser', { userId: 'Som Chai', role: 'committee', scope: {} }))
      .thenThrows('identity.user-id-invalid');
  });

  it('an area that is not a province, district or subdistrict prefix is refused: an empty one would cover the country', () => {
    given([])
      .when(command('CreateUser', { userId: 'noi', role: 'relief-officer', scope: { areas: [''] } }))
      .thenThrows('identity.scope-invalid');
    given([])
      .when(command('CreateUser', { userId: 'noi', role: 'relief-officer', scope: { areas: ['830'] } }))
      .thenThrows('identity.scope-invalid');
  });

  it('nothing can be done to a user who does not exist', () => {
    given([])
      .when(command('DisableUser', { userId: 'ghost', reason: 'x' }))
      .thenThrows('identity.user-not-found');
    given([])
      .when(command('SetPassword', { userId: 'ghost', temporary: true }))
      .thenThrows('identity.user-not-found');
  });
});

describe('an active user', () => {
  it('cannot be created twice', () => {
    given([created])
      .when(command('CreateUser', { userId: 'somchai', role: 'admin', scope: {} }))
      .thenThrows('identity.user-exists');
  });

  it('is disabled with a reason, but not by themself', () => {
    given([created])
      .when(command('DisableUser', { userId: 'somchai', reason: ' left the committee ' }))
      .then([disabled]);
    given([created])
      .when(command('DisableUser', { userId: 'somchai', reason: ' ' }))
      .thenThrows('identity.reason-required');
    given([created])
      .when(command('DisableUser', { userId: 'somchai', reason: 'x' }, asUser('somchai')))
      .thenThrows('identity.own-access');
  });

  it('gets a temporary password from an administrator, and the fact but no hash is recorded', () => {
    given([created])
      .when(command('SetPassword', { userId: 'somchai', temporary: true }))
      .then([{ type: 'identity.user.password-changed', data: { userId: 'somchai', by: 'administrator', mustChange: true } }]);
  });

  it('changes their own password, which is then no longer temporary; nobody else can this way', () => {
    const temporary: UserEvent = {
      type: 'identity.user.password-changed',
      data: { userId: 'somchai', by: 'administrator', mustChange: true },
    };
    const spec = given([created, temporary]);
    expect(spec.state).toMatchObject({ mustChangePassword: true, hasPassword: true });
    spec
      .when(command('ChangeOwnPassword', { userId: 'somchai' }, asUser('somchai')))
      .then([{ type: 'identity.user.password-changed', data: { userId: 'somchai', by: 'self', mustChange: false } }]);
    spec.when(command('ChangeOwnPassword', { userId: 'somchai' }, asUser('malee'))).thenThrows('identity.not-own-account');
  });

  it('gets a new role and scope from an administrator; the same again records nothing; never from themself', () => {
    given([created])
      .when(command('ChangeAccess', { userId: 'somchai', role: 'treasurer', scope: { funds: ['talat-yai'] } }))
      .then([{ type: 'identity.user.access-changed', data: { userId: 'somchai', role: 'treasurer', scope: { funds: ['talat-yai'] } } }]);
    given([created])
      .when(command('ChangeAccess', { userId: 'somchai', role: 'committee', scope: { funds: ['talat-yai'] } }))
      .thenNothing();
    given([created])
      .when(command('ChangeAccess', { userId: 'somchai', role: 'admin', scope: {} }, asUser('somchai')))
      .thenThrows('identity.own-access');
  });

  it('cannot be enabled again', () => {
    given([created])
      .when(command('EnableUser', { userId: 'somchai' }))
      .thenThrows('identity.user-already-active');
  });
});

describe('a disabled user', () => {
  it('is enabled again by an administrator', () => {
    given([created, disabled])
      .when(command('EnableUser', { userId: 'somchai' }))
      .then([{ type: 'identity.user.enabled', data: { userId: 'somchai' } }]);
  });

  it('cannot change their password and cannot be disabled twice', () => {
    given([created, disabled])
      .when(command('ChangeOwnPassword', { userId: 'somchai' }, asUser('somchai')))
      .thenThrows('identity.user-disabled');
    given([created, disabled])
      .when(command('DisableUser', { userId: 'somchai', reason: 'again' }))
      .thenThrows('identity.user-already-disabled');
  });
});

describe('the password policy', () => {
  it('needs ten characters, counted as typed (Thai included), and bounds the length', () => {
    expect(() => assertPasswordPolicy('123456789')).toThrow(expect.objectContaining({ code: 'identity.password-too-short' }));
    expect(() => assertPasswordPolicy('รหัสผ่านยาวสิบ')).not.toThrow();
    expect(() => assertPasswordPolicy('x'.repeat(257))).toThrow(expect.objectContaining({ code: 'identity.password-too-long' }));
  });
});
