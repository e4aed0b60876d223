import { Money } from '@kongthun/kernel';
import { ReadModelStore } from '@kongthun/read-models';
import { BUDGETS, BudgetDocument, PROJECTS, ProjectSummary } from './grants-projection';

/**
 * The running account of a programme's fiscal-year budget (บัญชีงบประมาณ): allocated and
 * committed from the budget's own document; released, spent and refunded summed over the year's
 * project summaries (a view may read many documents; a decision never does).
 */
export const budgetAccountOf = async (readModels: ReadModelStore, programmeId: string, fiscalYear: number) => {
  const budget = (await readModels.get<BudgetDocument>(BUDGETS, `${programmeId}:${fiscalYear}`))?.body;
  if (budget === undefined) return undefined;
  const projects: ProjectSummary[] = [];
  for (let after: string | undefined; ;) {
    const page = await readModels.list<ProjectSummary>(PROJECTS, { idPrefix: `${programmeId}:${fiscalYear}:`, after, limit: 500 });
    projects.push(...page.map((doc) => doc.body));
    if (page.length < 500) break;
    after = page[page.length - 1].id;
  }
  const sum = (pick: (p: ProjectSummary) => string) => Money.sum(projects.map((p) => Money.fromJSON(pick(p)))).toJSON();
  const allocated = Money.fromJSON(budget.allocated);
  const committed = Money.fromJSON(budget.committed);
  return {
    programmeId,
    fiscalYear,
    programmeName: budget.programmeName,
    funder: budget.funder,
    areaCodes: budget.areaCodes,
    allocated: budget.allocated,
    allocatedWords: allocated.toThaiWords(),
    committed: budget.committed,
    released: sum((p) => p.released),
    spent: sum((p) => p.spent),
    refunded: sum((p) => p.refunded),
    available: allocated.minus(committed).toJSON(),
    allocations: budget.allocations,
    projects: projects.length,
  };
};
