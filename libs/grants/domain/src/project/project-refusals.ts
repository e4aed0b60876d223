import { refuse } from '../command';
import { KnownProject, ProjectState, ProjectStatus } from './project.state';

export const requireProject = (state: ProjectState): KnownProject => {
  if (state.status === 'None') throw refuse('project.not-found', 'No such project', 'ไม่พบโครงการ');
  return state;
};

export const requireStatus = (state: ProjectState, allowed: ProjectStatus[], code: string, what: string, whatTh: string): KnownProject => {
  const project = requireProject(state);
  if (!allowed.includes(project.status))
    throw refuse(code, `${what} (the project is ${project.status})`, whatTh, { status: project.status, allowed });
  return project;
};

/** A committee member related to the organisation takes no part in reviewing or awarding it. */
export const requireUnrelated = (project: KnownProject, userId: string, code: string): void => {
  const relationship = project.related.get(userId);
  if (relationship !== undefined)
    throw refuse(code, `${userId} is declared related to the organisation (${relationship})`, 'ผู้นี้มีส่วนได้เสียกับองค์กรผู้เสนอโครงการ', {
      userId,
      relationship,
    });
};
