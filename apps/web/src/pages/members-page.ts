import { html } from 'lit';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { currentSession } from '../session';
import { beDate, beMonth } from '../thai-format';
import { allMembers, MemberRow } from './fund-api';

export const membersPage = (): Page => {
  let members: MemberRow[] = [];
  let refusal: Refusal | undefined;
  return {
    load: async ({ params }) => {
      try {
        members = await allMembers(params.fundId);
      } catch (error) {
        if (error instanceof Refusal) refusal = error;
        else throw error;
      }
    },
    view: ({ params }) =>
      refusal
        ? html`<p class="refusal" role="alert">${refusal.text}</p>`
        : html`<h2>${t('members')}</h2>
            ${
              currentSession()?.user.role === 'treasurer'
                ? html`<p><a class="button" href="#/fund/${params.fundId}/members/new">${t('enrolMember')}</a></p>`
                : ''
            }
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>${t('memberId')}</th>
                    <th>${t('status')}</th>
                    <th>${t('paidThrough')}</th>
                    <th>${t('receivedOn')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${members.map(
                    (member) =>
                      html`<tr>
                        <td><a href="#/fund/${params.fundId}/members/${member.memberId}">${member.memberId}</a></td>
                        <td>${member.status}</td>
                        <td>${beMonth(member.paidThrough)}</td>
                        <td>${beDate(member.enrolledOn)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`,
  };
};
