// The plain, database-free shape an export is written from (lib/export/README.md). Key order in
// these objects is the key order in the files: keep it stable.
import type { ClaimStatus, Hedge, LinkOrigin, LinkRelation, LinkState, Section, SlotType, Verdict } from '../generated/prisma/enums';

export const EXPORT_FORMAT_VERSION = 1;

export type ExportFormat = 'json' | 'csv' | 'datafeed';

export interface ExportSlot {
  type: SlotType;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  currency: string | null;
  hedge: Hedge;
  year: number | null;
  month: number | null;
  day: number | null;
  raw: string;
}

export interface ExportLink {
  claimId: number;
  relation: LinkRelation;
  state: LinkState;
  origin: LinkOrigin;
  confidence: number | null;
  possiblyDifferentEvents: boolean;
}

export interface ExportClaim {
  id: number;
  status: ClaimStatus;
  verdict: Verdict | null;
  rationale: string | null;
  passage: { text: string; start: number; end: number; section: Section };
  speaker: string | null;
  via: string | null;
  checkworthiness: number;
  questionKey: string | null;
  questionLabel: string | null;
  source: {
    outlet: string | null;
    outletUrl: string | null;
    articleId: number;
    title: string | null;
    url: string | null;
    /** calendar date YYYY-MM-DD */
    publishedAt: string | null;
    language: string;
  };
  slots: ExportSlot[];
  links: ExportLink[];
  /** only when the fact-check is published */
  factCheck: { slug: string; url: string; publishedAt: string } | null;
}

export type ExportScope =
  | { kind: 'set'; id: number; name: string }
  | { kind: 'filter'; filter: { status: ClaimStatus[]; verdict: Verdict[]; outlet: number[]; q: string } };

export interface ExportMeta {
  generatedAt: Date;
  scope: ExportScope;
  /** true only for an explicit include=all: the file then says it holds unreviewed claims */
  includesUnreviewed: boolean;
  /** public origin, for archived-copy URLs of articles without a known URL */
  siteUrl: string;
  publisher: { name: string; url: string };
}

/** Statuses an export holds by default: what a reviewer has approved. */
export const REVIEWED_STATUSES: readonly ClaimStatus[] = ['approved', 'published', 'corrected'];
