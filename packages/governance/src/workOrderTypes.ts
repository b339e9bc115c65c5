import type { ChannelPolicies, ServiceLabelSet } from '@onecase/core';
import type { z } from 'zod';
import type { WorkingDuration } from './addWorkingTime.js';
import type { WorkCalendar } from './createWorkCalendar.js';
import type { Directory, RouteResult } from './defineDirectory.js';
import type { Jurisdictions } from './defineJurisdictions.js';

/** A category citizens report under (the author's codes; GB/T 39666 codes may be used). */
export interface WorkOrderCategory {
  code: string;
  zh: string;
  en: string;
}

/** Time limits: sign-for, return visit, and resolution per category code (`'*'` for the rest). */
export interface WorkOrderLimits {
  /** From dispatch to sign-for (签收时限); default `'1wd'`. */
  signFor?: WorkingDuration;
  /** From the reply to the return visit (回访时限); default `'1wd'`. */
  visit?: WorkingDuration;
  /** From sign-for to the reply (办理时限), by category code; `'*'` is the default limit. */
  resolve: Readonly<Record<string, WorkingDuration>>;
}

/** The escalation ladder on working time, for both the sign-for and the resolution deadline. */
export interface WorkOrderEscalation {
  /** 催办: a reminder this long before a deadline (hours or minutes); default `'2wh'`. */
  remindBefore?: WorkingDuration;
  /** 督办: a supervision notice this long after a missed deadline; default `'1wh'` (the next working day for day limits). */
  superviseAfter?: WorkingDuration;
  /** 通报: a public-criticism notice this long after the supervision notice; default `'5wd'`. */
  criticiseAfter?: WorkingDuration;
}

/** What `defineWorkOrder` takes. */
export interface WorkOrderConfig<
  TId extends string,
  TCategory extends string,
  TDetails extends z.ZodRawShape = Record<never, never>,
> {
  id: TId;
  version: number;
  title: string;
  description?: string;
  /** Reference prefix, default `WO`. */
  refPrefix?: string;
  categories: readonly (WorkOrderCategory & { code: TCategory })[];
  /** Extra fields of the opening input (a noise's source, a pothole's size), kept in `context.details`. */
  details?: z.ZodObject<TDetails>;
  jurisdictions: Jurisdictions;
  directory: Directory;
  calendar: WorkCalendar;
  limits: WorkOrderLimits;
  escalation?: WorkOrderEscalation;
  /** Channel policies over the work-order events; default `WORK_ORDER_CHANNELS`. */
  channels?: ChannelPolicies<any>;
  /** Channels that may open a work order; default web, counter, hotline. */
  open?: readonly string[];
  /**
   * zh-CN / en labels of the title, every input field (the `details` too), every event and state;
   * spread `WORK_ORDER_LABELS` for what every work order has. Checked as `defineService` checks them.
   * The category field's values are named from `categories` (`zh` for a Chinese locale, else `en`)
   * unless a locale labels them itself.
   */
  labels?: ServiceLabelSet;
}

/** Which deadline a clock runs for. */
export type ClockStage = 'sign-for' | 'resolution';

/** A running deadline with its escalation ladder (epoch ms) and which rungs were reached. */
export interface WorkOrderClock {
  stage: ClockStage;
  startedAt: number;
  dueAt: number;
  remindAt: number;
  superviseAt: number;
  criticiseAt: number;
  reminded: boolean;
  missed: boolean;
  supervised: boolean;
  criticised: boolean;
}

/** One fact of the work order's own log (dispatches, returns, escalations, ratings …). */
export interface WorkOrderFact {
  at: number;
  type: string;
  [key: string]: string | number | boolean | null | string[];
}

/** Per-case figures the KPIs are computed from, kept current at every step. */
export interface WorkOrderFacts {
  channel: string;
  category: string;
  district: string | null;
  street: string | null;
  department: string | null;
  receivedAt: number;
  firstDispatchedAt: number | null;
  /** The dispatch the signing department answered (the clock restarts on 改派). */
  dispatchedAt: number | null;
  signedAt: number | null;
  signForMissed: boolean;
  repliedAt: number | null;
  resolveMissed: boolean;
  closedAt: number | null;
  closeReason: 'rated' | 'answered' | 'no-visit' | 'supervised' | null;
  satisfaction: number | null;
  resolved: boolean | null;
  reopened: number;
  returns: number;
  extensions: number;
  merged: boolean;
  withdrawn: boolean;
}

/** The JSON context of a work-order case. */
export interface WorkOrderContext {
  category: string;
  description: string;
  address: string | null;
  /** The `details` fields of the opening input, as given. */
  details: Record<string, unknown>;
  unit: string | null;
  district: string | null;
  street: string | null;
  /** What the directory proposed when the case was received. */
  suggested: RouteResult;
  lead: string | null;
  coHandlers: string[];
  clock: WorkOrderClock | null;
  extension: { requestedAt: number; by: string; reason: string; department: string } | null;
  suspension: { at: number; reason: string; remainingMs: number } | null;
  visitDueAt: number | null;
  reply: { at: number; answer: string; department: string } | null;
  mergedInto: string | null;
  duplicates: string[];
  urges: number;
  notes: { at: number; note: string; channel: string }[];
  log: WorkOrderFact[];
  facts: WorkOrderFacts;
}
