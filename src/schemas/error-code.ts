/** The error-code registry (`content/error-codes.yaml`): one entry per CBC code. */
import { z } from 'astro/zod';

export const errorCodeSchema = z.strictObject({
  /** The code as returned in `error_code`, e.g. `CBC.5004`. Also its anchor on the registry page. */
  code: z.string().regex(/^CBC\.\d+$/, { error: 'must look like CBC.5004' }),
  /** HTTP status the code comes with; omitted where the vendor does not state it. */
  status: z.number().int().min(100).max(599).optional(),
  /** What the code means, in our words. */
  meaning: z.string().trim().min(5),
  /** What the caller should do about it. */
  action: z.string().trim().min(5),
});
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorRegistrySchema = z.array(errorCodeSchema).superRefine((codes, ctx) => {
  const seen = new Set<string>();
  codes.forEach((entry, index) => {
    if (seen.has(entry.code)) ctx.addIssue({ code: 'custom', path: [index, 'code'], message: `${entry.code} is listed twice` });
    seen.add(entry.code);
  });
});
