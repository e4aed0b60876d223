import { TemplateResult } from 'lit';

/** What a page gets: the route's parameters and a way to draw itself again when its state moves. */
export interface PageContext {
  params: Record<string, string>;
  redraw(): void;
}

/** A page draws itself from its own state; `load` runs once when the page opens. */
export interface Page {
  load?(context: PageContext): Promise<void>;
  view(context: PageContext): TemplateResult;
}

export type PageFactory = () => Page;
