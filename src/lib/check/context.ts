/** What a check receives: the site, and a function to report what it finds. */
import type { Located } from './analyze.ts';
import type { IssueCode } from './codes.ts';
import type { SiteModel } from './site.ts';

export type ReportFn = (code: IssueCode, file: string, at: Located, message: string, hint?: string) => void;

/** One check: reads the site, reports issues, returns nothing. */
export type Check = (site: SiteModel, report: ReportFn) => void;
